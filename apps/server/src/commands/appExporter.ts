import type { PageDoc } from "@tessera/model";
import { notFound } from "../errors";
import type { Repositories } from "../store/Store";
import { datasourceNames } from "../transfer/datasourceNames";
import type { AppFile, ExportedPageDoc } from "../transfer/transferFileSchema";

const omitPackageId = <T extends { packageId: string }>({ packageId: _id, ...rest }: T) => rest;

/**
 * An app as one file: its pages in order with their draft documents. App queries name their
 * datasource and module instances name their package (with the pinned version), since ids
 * mean nothing in another workspace. Deployments are not exported: the importer deploys.
 */
export async function appExporter(repos: Repositories, appId: string): Promise<AppFile> {
  const app = await repos.apps.findById(appId);
  if (!app) throw notFound("App");
  const { nameOf } = await datasourceNames(repos, app.workspaceId);
  const packageNames = new Map(
    (await repos.packages.listNames(app.workspaceId)).map((row) => [row.id, row.name]),
  );
  const pages = await repos.pages.listDraftsForApp(appId);
  const datasources = new Set<string>();
  const packages = new Map<string, { name: string; version: number }>();

  // A package deleted since keeps its id as the name, so the import reports it missing.
  const packageNamed = (packageId: string, version: number) => {
    const name = packageNames.get(packageId) ?? packageId;
    packages.set(`${name}@${version}`, { name, version });
    return name;
  };
  const exportDoc = (doc: PageDoc): ExportedPageDoc => {
    return {
      ...doc,
      widgets: doc.widgets.map(({ module, ...widget }) =>
        module
          ? {
              ...widget,
              module: { ...omitPackageId(module), package: packageNamed(module.packageId, module.version) },
            }
          : widget,
      ),
      queries: doc.queries.map(({ config: { datasourceId, ...config }, ...query }) => {
        const datasource = datasourceId ? (nameOf.get(datasourceId) ?? null) : null;
        if (datasource) datasources.add(datasource);
        return { ...query, config: { ...config, datasource } };
      }),
      moduleInstances: doc.moduleInstances.map(({ packageId, ...instance }) => ({
        ...instance,
        package: packageNamed(packageId, instance.version),
      })),
    };
  };

  const file: AppFile = {
    format: "tessera/app",
    formatVersion: 1,
    app: {
      name: app.name,
      slug: app.slug,
      isPublic: app.isPublic,
      settings: {
        ...app.settings,
        hiddenPages: pages
          .filter((page) => app.settings.hiddenPages.includes(page.id))
          .map((page) => page.name),
      },
      pages: pages.map((page) => ({
        name: page.name,
        slug: page.slug,
        isHome: page.isHome,
        doc: exportDoc(page.doc),
      })),
    },
  };
  file.requires = {
    datasources: [...datasources].sort(),
    packages: [...packages.values()].sort((a, b) =>
      a.name === b.name ? a.version - b.version : a.name < b.name ? -1 : 1,
    ),
  };
  return file;
}
