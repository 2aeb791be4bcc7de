import type { ModuleBody } from "@tessera/model";
import type { Db } from "../db/openDatabase";
import { notFound } from "../errors";
import { decodeDocument } from "../store/documents";
import type { Repositories } from "../store/Store";
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

/** What a package file is made of, however it was read. */
interface StoredPackage {
  name: string;
  drafts: ModuleBody[];
  versions: { version: number; publishedAt: string; modules: ModuleBody[] }[];
}

/**
 * A package as one file: its draft modules (sorted by name, so the file diffs well) and every
 * published version. Datasources are named, never copied: no URL secrets or headers leave.
 * Reads the store, or a transaction for a consistent file while publishes go on.
 */
export function packageExporter(repos: Repositories, packageId: string): Promise<PackageFile>;
/** The same on the bare SQLite handle, for the transfer routes until they move to the store. */
export function packageExporter(db: Db, packageId: string): PackageFile;
export function packageExporter(
  target: Repositories | Db,
  packageId: string,
): PackageFile | Promise<PackageFile> {
  if ("prepare" in target) {
    const pkg = target.prepare("SELECT name, workspace_id FROM packages WHERE id = ?").get(packageId) as
      | { name: string; workspace_id: string }
      | undefined;
    if (!pkg) throw notFound("Package");
    const drafts = target
      .prepare("SELECT id, body_json FROM modules WHERE package_id = ?")
      .all(packageId) as {
      id: string;
      body_json: string;
    }[];
    const versions = target
      .prepare(
        "SELECT version, published_at, modules_json FROM package_versions WHERE package_id = ? ORDER BY version",
      )
      .all(packageId) as { version: number; published_at: string; modules_json: string }[];
    return toFile(
      {
        name: pkg.name,
        drafts: drafts.map((row) => decodeDocument("moduleBody", row.body_json, `module ${row.id}`)),
        versions: versions.map((row) => ({
          version: row.version,
          publishedAt: row.published_at,
          modules: decodeDocument("versionModules", row.modules_json),
        })),
      },
      datasourceNames(target, pkg.workspace_id).nameOf,
    );
  }
  return (async () => {
    const pkg = await target.packages.findById(packageId);
    if (!pkg) throw notFound("Package");
    const [drafts, versions, names] = [
      await target.packages.listModules(packageId),
      await target.packages.listVersions(packageId),
      await datasourceNames(target, pkg.workspaceId),
    ];
    return toFile({ name: pkg.name, drafts: drafts.map((module) => module.body), versions }, names.nameOf);
  })();
}

function toFile(pkg: StoredPackage, nameOf: Map<string, string>): PackageFile {
  const file: PackageFile = {
    format: "tessera/package",
    formatVersion: 1,
    package: {
      name: pkg.name,
      modules: [...pkg.drafts].sort((a, b) => (a.name < b.name ? -1 : 1)).map((m) => exportModule(m, nameOf)),
      versions: pkg.versions.map((v) => ({
        version: v.version,
        publishedAt: v.publishedAt,
        modules: v.modules.map((m) => exportModule(m, nameOf)),
      })),
    },
  };
  const used = [...file.package.modules, ...file.package.versions.flatMap((v) => v.modules)].flatMap((m) =>
    m.kind === "query" && m.config.datasource ? [m.config.datasource] : [],
  );
  file.requires = { datasources: [...new Set(used)].sort() };
  return file;
}
