import {
  DEFAULT_APP_SETTINGS,
  type ImportMissing,
  type ModuleInstance,
  type PageDoc,
  pageDocSchema,
  type Widget,
} from "@tessera/model";
import { freeAppSlug } from "../apps/freeAppSlug";
import { retryOnSlugRace } from "../apps/retryOnSlugRace";
import { badRequest } from "../errors";
import { newId } from "../store/newId";
import type { AppRecord } from "../store/repositories/apps";
import type { PageRecord } from "../store/repositories/pages";
import type { Repositories, Store } from "../store/Store";
import { datasourceNames } from "../transfer/datasourceNames";
import { linkDatasource } from "../transfer/linkDatasource";
import { MissingPackagesError } from "../transfer/MissingPackagesError";
import type { AppFile } from "../transfer/transferFileSchema";

function assertPagesValid(pages: AppFile["app"]["pages"]): void {
  const names = new Set<string>();
  const slugs = new Set<string>();
  pages.forEach((page, index) => {
    const path = `body.app.pages.${index}`;
    // Page names are unique per app, case-insensitively, because navigateTo finds pages by name.
    if (names.has(page.name.toLowerCase())) {
      throw badRequest(
        `${path}.name: a page named ${page.name} comes twice`,
        "invalid_request",
        `${path}.name`,
      );
    }
    if (slugs.has(page.slug)) {
      throw badRequest(`${path}.slug: the slug ${page.slug} comes twice`, "invalid_request", `${path}.slug`);
    }
    names.add(page.name.toLowerCase());
    slugs.add(page.slug);
  });
  if (pages.filter((page) => page.isHome).length > 1) {
    throw badRequest(
      "body.app.pages: more than one page is the home page",
      "invalid_request",
      "body.app.pages",
    );
  }
}

/**
 * Imports an app file as a new app of the workspace, in one transaction. Module instances
 * find their package by name and version: when one is missing nothing is imported and the
 * 409 lists what to import first. App queries find their datasource by name; those not
 * found come back in `missing` and their queries keep no datasource. The slug gets a suffix
 * when taken, as slugs are unique across the instance.
 */
export async function appImporter(
  repos: Store | Repositories,
  workspaceId: string,
  file: AppFile,
): Promise<{ app: AppRecord; pages: PageRecord[]; missing: ImportMissing }> {
  assertPagesValid(file.app.pages);
  return retryOnSlugRace(repos, { slugChosen: false }, async (tx) => {
    const { idOf } = await datasourceNames(tx, workspaceId);
    const missingDatasources = new Set<string>();
    const missingPackages = new Map<string, { name: string; version: number }>();

    const docs: PageDoc[] = [];
    for (const { doc } of file.app.pages) {
      const packageIdOf = async (name: string, version: number) => {
        const found = await tx.packages.findIdByNameWithVersion(workspaceId, name, version);
        if (!found) missingPackages.set(`${name}@${version}`, { name, version });
        return found ?? "missing";
      };
      const moduleInstances: ModuleInstance[] = [];
      for (const { package: name, ...instance } of doc.moduleInstances) {
        moduleInstances.push({ ...instance, packageId: await packageIdOf(name, instance.version) });
      }
      const widgets: Widget[] = [];
      for (const { module, ...widget } of doc.widgets) {
        if (!module) widgets.push(widget);
        else {
          const { package: name, ...pin } = module;
          widgets.push({ ...widget, module: { ...pin, packageId: await packageIdOf(name, pin.version) } });
        }
      }
      const queries = doc.queries.map((query) => ({
        ...query,
        config: linkDatasource(query.config, idOf, missingDatasources),
      }));
      docs.push(pageDocSchema.parse({ ...doc, widgets, queries, moduleInstances }));
    }
    const missing: ImportMissing = {
      datasources: [...missingDatasources].sort(),
      packages: [...missingPackages.values()],
    };
    if (missing.packages.length > 0) throw new MissingPackagesError(missing);

    const now = new Date().toISOString();
    const pageIds = file.app.pages.map(() => newId());
    const hiddenNames = new Set(file.app.settings?.hiddenPages);
    const app: AppRecord = {
      id: newId(),
      workspaceId,
      name: file.app.name,
      slug: await freeAppSlug(tx, file.app.slug),
      isPublic: file.app.isPublic,
      settings: file.app.settings
        ? {
            title: file.app.settings.title,
            navigation: file.app.settings.navigation,
            hiddenPages: pageIds.filter((_, index) => hiddenNames.has(file.app.pages[index]?.name ?? "")),
          }
        : DEFAULT_APP_SETTINGS,
      latestDeployment: null,
      createdAt: now,
      updatedAt: now,
    };
    await tx.apps.insert(app);
    const homeIndex = Math.max(
      0,
      file.app.pages.findIndex((page) => page.isHome),
    );
    const pages: PageRecord[] = [];
    for (const [index, page] of file.app.pages.entries()) {
      const record: PageRecord = {
        id: pageIds[index] ?? newId(),
        appId: app.id,
        name: page.name,
        slug: page.slug,
        order: index,
        isHome: index === homeIndex,
        revision: 1,
        createdAt: now,
        updatedAt: now,
      };
      await tx.pages.insert({ ...record, doc: docs[index] });
      pages.push(record);
    }
    return { app, pages, missing };
  });
}
