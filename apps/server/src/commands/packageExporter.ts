import type { ModuleBody } from "@tessera/model";
import type { Db } from "../db/openDatabase";
import { notFound } from "../errors";
import type { ModuleRow, PackageRow, PackageVersionRow } from "../packages/packageRows";
import { datasourceNames } from "../transfer/datasourceNames";
import type { ExportedModule, PackageFile } from "../transfer/transferFileSchema";

/** A module as it travels: a query module names its datasource (null when it has none). */
export function exportModule(module: ModuleBody, nameOf: Map<string, string>): ExportedModule {
  if (module.kind === "js") return module;
  const { datasourceId, ...config } = module.config;
  return {
    ...module,
    config: { ...config, datasource: datasourceId ? (nameOf.get(datasourceId) ?? null) : null },
  };
}

/**
 * A package as one file: its draft modules (sorted by name, so the file diffs well) and every
 * published version. Datasources are named, never copied: no URL secrets or headers leave.
 */
export function packageExporter(db: Db, packageId: string): PackageFile {
  const pkg = db.prepare("SELECT * FROM packages WHERE id = ?").get(packageId) as PackageRow | undefined;
  if (!pkg) throw notFound("Package");
  const { nameOf } = datasourceNames(db, pkg.workspace_id);
  const drafts = (db.prepare("SELECT * FROM modules WHERE package_id = ?").all(packageId) as ModuleRow[]).map(
    (row) => JSON.parse(row.body_json) as ModuleBody,
  );
  const versions = db
    .prepare("SELECT * FROM package_versions WHERE package_id = ? ORDER BY version")
    .all(packageId) as PackageVersionRow[];
  const file: PackageFile = {
    format: "tessera/package",
    formatVersion: 1,
    package: {
      name: pkg.name,
      modules: drafts.sort((a, b) => (a.name < b.name ? -1 : 1)).map((m) => exportModule(m, nameOf)),
      versions: versions.map((v) => ({
        version: v.version,
        publishedAt: v.published_at,
        modules: (JSON.parse(v.modules_json) as ModuleBody[]).map((m) => exportModule(m, nameOf)),
      })),
    },
  };
  const used = [...file.package.modules, ...file.package.versions.flatMap((v) => v.modules)].flatMap((m) =>
    m.kind === "query" && m.config.datasource ? [m.config.datasource] : [],
  );
  file.requires = { datasources: [...new Set(used)].sort() };
  return file;
}
