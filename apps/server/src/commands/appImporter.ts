import { type ImportMissing, type ModuleInstance, type PageDoc, pageDocSchema } from "@tessera/model";
import type { AppRow, PageRow } from "../apps/appRows";
import { insertPage } from "../apps/insertPage";
import { uniqueSlug } from "../apps/uniqueSlug";
import { newId } from "../db/newId";
import type { Db } from "../db/openDatabase";
import { badRequest } from "../errors";
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
export function appImporter(
  db: Db,
  workspaceId: string,
  file: AppFile,
): { app: AppRow; pages: PageRow[]; missing: ImportMissing } {
  assertPagesValid(file.app.pages);
  return db.transaction(() => {
    const { idOf } = datasourceNames(db, workspaceId);
    const missingDatasources = new Set<string>();
    const missingPackages = new Map<string, { name: string; version: number }>();
    const findPackage = db.prepare(
      `SELECT p.id FROM packages p JOIN package_versions v ON v.package_id = p.id AND v.version = ?
       WHERE p.workspace_id = ? AND p.name = ? ORDER BY p.created_at LIMIT 1`,
    );

    const docs: PageDoc[] = file.app.pages.map(({ doc }) => {
      const moduleInstances: ModuleInstance[] = doc.moduleInstances.map(({ package: name, ...instance }) => {
        const found = findPackage.get(instance.version, workspaceId, name) as { id: string } | undefined;
        if (!found) missingPackages.set(`${name}@${instance.version}`, { name, version: instance.version });
        return { ...instance, packageId: found?.id ?? "missing" };
      });
      const queries = doc.queries.map((query) => ({
        ...query,
        config: linkDatasource(query.config, idOf, missingDatasources),
      }));
      return pageDocSchema.parse({ ...doc, queries, moduleInstances });
    });
    const missing: ImportMissing = {
      datasources: [...missingDatasources].sort(),
      packages: [...missingPackages.values()],
    };
    if (missing.packages.length > 0) throw new MissingPackagesError(missing);

    const now = new Date().toISOString();
    const isTaken = (slug: string) => db.prepare("SELECT 1 FROM apps WHERE slug = ?").get(slug) !== undefined;
    const app: AppRow = {
      id: newId(),
      workspace_id: workspaceId,
      name: file.app.name,
      slug: uniqueSlug(file.app.slug, isTaken),
      is_public: file.app.isPublic ? 1 : 0,
      latest_deployment: null,
      created_at: now,
      updated_at: now,
    };
    db.prepare(
      `INSERT INTO apps (id, workspace_id, name, slug, is_public, latest_deployment, created_at, updated_at)
       VALUES (@id, @workspace_id, @name, @slug, @is_public, @latest_deployment, @created_at, @updated_at)`,
    ).run(app);
    const homeIndex = Math.max(
      0,
      file.app.pages.findIndex((page) => page.isHome),
    );
    const pages = file.app.pages.map((page, index): PageRow => {
      const row: PageRow = {
        id: newId(),
        app_id: app.id,
        name: page.name,
        slug: page.slug,
        sort_order: index,
        is_home: index === homeIndex ? 1 : 0,
        doc_json: JSON.stringify(docs[index]),
        revision: 1,
        created_at: now,
        updated_at: now,
      };
      insertPage(db, row);
      return row;
    });
    return { app, pages, missing };
  })();
}
