import type { ImportMissing, ModuleBody } from "@tessera/model";
import { badRequest, conflict } from "../errors";
import { inTransaction } from "../store/inTransaction";
import { newId } from "../store/newId";
import type { DraftModuleRecord, PackageRecord, PackageVersionRecord } from "../store/repositories/packages";
import type { Repositories, Store } from "../store/Store";
import { type DatasourceNames, datasourceNames } from "../transfer/datasourceNames";
import { linkDatasource } from "../transfer/linkDatasource";
import { stableJson } from "../transfer/stableJson";
import type { ExportedModule, PackageFile } from "../transfer/transferFileSchema";

function assertUniqueNames(modules: ExportedModule[], path: string): void {
  const seen = new Set<string>();
  modules.forEach((module, index) => {
    if (seen.has(module.name)) {
      throw badRequest(
        `${path}.${index}.name: a module named ${module.name} comes twice`,
        "invalid_request",
        `${path}.${index}.name`,
      );
    }
    seen.add(module.name);
  });
}

const byName = (modules: ExportedModule[]) => [...modules].sort((a, b) => (a.name < b.name ? -1 : 1));

const nameTaken = (name: string) =>
  conflict("name_taken", `A package named ${name} exists in this workspace`, { path: "body.package.name" });

/** The result of an import: the new package and the datasource names not found. */
export interface ImportedPackage {
  package: PackageRecord;
  missing: ImportMissing;
}

/** The rows a file becomes in a workspace, with its datasources linked by name. */
interface PackagePlan extends ImportedPackage {
  modules: DraftModuleRecord[];
  versions: PackageVersionRecord[];
}

/**
 * Imports a package file as a new package of the workspace, with its draft modules and its
 * published versions under their original numbers, in one transaction. Datasources are
 * re-linked by name; the names not found come back in `missing`.
 */
export function packageImporter(
  target: Store | Repositories,
  workspaceId: string,
  file: PackageFile,
): Promise<ImportedPackage> {
  assertValidFile(file);
  return inTransaction(target, async (tx) => {
    // Two imports of one name at once must not both pass the check.
    await tx.locks.lockRow("workspaces", workspaceId);
    if (await tx.packages.nameTaken(workspaceId, file.package.name)) throw nameTaken(file.package.name);
    const plan = planImport(workspaceId, file, await datasourceNames(tx, workspaceId));
    await tx.packages.insert(plan.package);
    for (const module of plan.modules) await tx.packages.insertModule(module);
    for (const version of plan.versions) await tx.packages.insertVersion(version);
    return { package: plan.package, missing: plan.missing };
  });
}

function assertValidFile(file: PackageFile): void {
  const { modules, versions } = file.package;
  assertUniqueNames(modules, "body.package.modules");
  const numbers = new Set<number>();
  versions.forEach((version, index) => {
    const path = `body.package.versions.${index}.version`;
    if (numbers.has(version.version))
      throw badRequest(`${path}: version ${version.version} comes twice`, "invalid_request", path);
    numbers.add(version.version);
    assertUniqueNames(version.modules, `body.package.versions.${index}.modules`);
  });
}

function planImport(workspaceId: string, file: PackageFile, names: DatasourceNames): PackagePlan {
  const { name, modules, versions } = file.package;
  const missing = new Set<string>();
  const link = (module: ExportedModule): ModuleBody =>
    module.kind !== "query"
      ? module
      : { ...module, config: linkDatasource(module.config, names.idOf, missing) };

  const now = Date.now();
  const createdAt = new Date(now).toISOString();
  const sortedVersions = [...versions].sort((a, b) => a.version - b.version);
  const latest = sortedVersions.at(-1);
  // The package reads as "unpublished changes" exactly when its draft differs from the latest version.
  const draftIsPublished =
    latest !== undefined && stableJson(byName(latest.modules)) === stableJson(byName(modules));
  const pkg: PackageRecord = {
    id: newId(),
    workspaceId,
    name,
    latestVersion: latest?.version ?? null,
    draftRevision: 1,
    publishedDraftRevision: draftIsPublished ? 1 : 0,
    createdAt,
    updatedAt: createdAt,
  };
  const drafts = byName(modules).map((module, index): DraftModuleRecord => {
    // Distinct creation times keep the file's order, which the package editor lists by.
    const at = new Date(now + index).toISOString();
    return {
      id: newId(),
      packageId: pkg.id,
      name: module.name,
      body: link(module),
      revision: 1,
      createdAt: at,
      updatedAt: at,
    };
  });
  const published = sortedVersions.map(
    (version): PackageVersionRecord => ({
      packageId: pkg.id,
      version: version.version,
      publishedAt: version.publishedAt,
      publishedBy: null,
      modules: version.modules.map(link),
    }),
  );
  return {
    package: pkg,
    modules: drafts,
    versions: published,
    missing: { datasources: [...missing].sort(), packages: [] },
  };
}
