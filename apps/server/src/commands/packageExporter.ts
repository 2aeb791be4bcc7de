import type { ModuleBody } from "@tessera/model";
import { notFound } from "../errors";
import type { Repositories } from "../store/Store";
import { datasourceNames } from "../transfer/datasourceNames";
import type { ExportedModule, PackageFile } from "../transfer/transferFileSchema";

/** A module as it travels: a query module names its datasource (null when it has none). */
export function exportModule(module: ModuleBody, nameOf: Map<string, string>): ExportedModule {
  if (module.kind !== "query") return module;
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
export async function packageExporter(repos: Repositories, packageId: string): Promise<PackageFile> {
  const pkg = await repos.packages.findById(packageId);
  if (!pkg) throw notFound("Package");
  const [drafts, versions, names] = [
    await repos.packages.listModules(packageId),
    await repos.packages.listVersions(packageId),
    await datasourceNames(repos, pkg.workspaceId),
  ];
  return toFile({ name: pkg.name, drafts: drafts.map((module) => module.body), versions }, names.nameOf);
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
