import { migratePageDoc } from "@tessera/model";
import type { AppRow, PageRow } from "../apps/appRows";
import type { Db } from "../db/openDatabase";
import { notFound } from "../errors";
import { datasourceNames } from "../transfer/datasourceNames";
import type { AppFile, ExportedPageDoc } from "../transfer/transferFileSchema";

/**
 * An app as one file: its pages in order with their draft documents. App queries name their
 * datasource and module instances name their package (with the pinned version), since ids
 * mean nothing in another workspace. Deployments are not exported: the importer deploys.
 */
export function appExporter(db: Db, appId: string): AppFile {
  const app = db.prepare("SELECT * FROM apps WHERE id = ?").get(appId) as AppRow | undefined;
  if (!app) throw notFound("App");
  const { nameOf } = datasourceNames(db, app.workspace_id);
  const packageNames = new Map(
    (
      db.prepare("SELECT id, name FROM packages WHERE workspace_id = ?").all(app.workspace_id) as {
        id: string;
        name: string;
      }[]
    ).map((row) => [row.id, row.name]),
  );
  const pages = db
    .prepare("SELECT * FROM pages WHERE app_id = ? ORDER BY sort_order, created_at")
    .all(appId) as PageRow[];
  const datasources = new Set<string>();
  const packages = new Map<string, { name: string; version: number }>();

  const exportDoc = (raw: string): ExportedPageDoc => {
    const doc = migratePageDoc(JSON.parse(raw));
    return {
      ...doc,
      queries: doc.queries.map(({ config: { datasourceId, ...config }, ...query }) => {
        const datasource = datasourceId ? (nameOf.get(datasourceId) ?? null) : null;
        if (datasource) datasources.add(datasource);
        return { ...query, config: { ...config, datasource } };
      }),
      moduleInstances: doc.moduleInstances.map(({ packageId, ...instance }) => {
        // A package deleted since keeps its id as the name, so the import reports it missing.
        const name = packageNames.get(packageId) ?? packageId;
        packages.set(`${name}@${instance.version}`, { name, version: instance.version });
        return { ...instance, package: name };
      }),
    };
  };

  const file: AppFile = {
    format: "tessera/app",
    formatVersion: 1,
    app: {
      name: app.name,
      slug: app.slug,
      isPublic: app.is_public === 1,
      pages: pages.map((page) => ({
        name: page.name,
        slug: page.slug,
        isHome: page.is_home === 1,
        doc: exportDoc(page.doc_json),
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
