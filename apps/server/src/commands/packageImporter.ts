import type { ImportMissing, ModuleBody } from "@tessera/model";
import { newId } from "../db/newId";
import type { Db } from "../db/openDatabase";
import { badRequest, conflict } from "../errors";
import type { PackageRow } from "../packages/packageRows";
import { datasourceNames } from "../transfer/datasourceNames";
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

/**
 * Imports a package file as a new package of the workspace, with its draft modules and its
 * published versions under their original numbers, in one transaction. Datasources are
 * re-linked by name; the names not found come back in `missing`.
 */
export function packageImporter(
  db: Db,
  workspaceId: string,
  file: PackageFile,
): { package: PackageRow; missing: ImportMissing } {
  const { name, modules, versions } = file.package;
  assertUniqueNames(modules, "body.package.modules");
  const numbers = new Set<number>();
  versions.forEach((version, index) => {
    const path = `body.package.versions.${index}.version`;
    if (numbers.has(version.version))
      throw badRequest(`${path}: version ${version.version} comes twice`, "invalid_request", path);
    numbers.add(version.version);
    assertUniqueNames(version.modules, `body.package.versions.${index}.modules`);
  });

  return db.transaction(() => {
    if (db.prepare("SELECT 1 FROM packages WHERE workspace_id = ? AND name = ?").get(workspaceId, name)) {
      throw conflict("name_taken", `A package named ${name} exists in this workspace`, {
        path: "body.package.name",
      });
    }
    const { idOf } = datasourceNames(db, workspaceId);
    const missing = new Set<string>();
    const link = (module: ExportedModule): ModuleBody =>
      module.kind === "js" ? module : { ...module, config: linkDatasource(module.config, idOf, missing) };

    const now = Date.now();
    const sortedVersions = [...versions].sort((a, b) => a.version - b.version);
    const latest = sortedVersions.at(-1);
    // The package reads as "unpublished changes" exactly when its draft differs from the latest version.
    const draftIsPublished =
      latest !== undefined && stableJson(byName(latest.modules)) === stableJson(byName(modules));
    const row: PackageRow = {
      id: newId(),
      workspace_id: workspaceId,
      name,
      latest_version: latest?.version ?? null,
      draft_revision: 1,
      published_draft_revision: draftIsPublished ? 1 : 0,
      created_at: new Date(now).toISOString(),
      updated_at: new Date(now).toISOString(),
    };
    db.prepare(
      `INSERT INTO packages (id, workspace_id, name, latest_version, draft_revision, published_draft_revision, created_at, updated_at)
       VALUES (@id, @workspace_id, @name, @latest_version, @draft_revision, @published_draft_revision, @created_at, @updated_at)`,
    ).run(row);
    const insertModule = db.prepare(
      `INSERT INTO modules (id, package_id, name, body_json, revision, created_at, updated_at)
       VALUES (?, ?, ?, ?, 1, ?, ?)`,
    );
    byName(modules).forEach((module, index) => {
      // Distinct creation times keep the file's order, which the package editor lists by.
      const at = new Date(now + index).toISOString();
      insertModule.run(newId(), row.id, module.name, JSON.stringify(link(module)), at, at);
    });
    const insertVersion = db.prepare(
      `INSERT INTO package_versions (package_id, version, published_at, published_by, modules_json)
       VALUES (?, ?, ?, NULL, ?)`,
    );
    for (const version of sortedVersions) {
      insertVersion.run(
        row.id,
        version.version,
        version.publishedAt,
        JSON.stringify(version.modules.map(link)),
      );
    }
    return { package: row, missing: { datasources: [...missing].sort(), packages: [] } };
  })();
}
