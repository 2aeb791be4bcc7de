import type { Db } from "../db/openDatabase";
import { notFound } from "../errors";
import { decodeDocument, encodeDocument } from "../store/documents";
import { inTransaction } from "../store/inTransaction";
import type { PackageVersionRecord } from "../store/repositories/packages";
import type { Repositories, Store } from "../store/Store";
import { assertNoBreakingChange } from "./breakingChangeFinder";

/**
 * Publishes a package: the next version number and a snapshot of every draft module, in
 * one transaction so a concurrent save lands wholly before or after the snapshot. Unless
 * `confirm`, first refuses (409 breaking_change) when the draft takes away what an app
 * uses, in the same transaction, so the check holds for exactly what is published. Versions
 * are never changed afterwards.
 */
export function packagePublisher(
  repos: Store | Repositories,
  packageId: string,
  userId: string | null,
  options?: { confirm?: boolean },
): Promise<PackageVersionRecord>;
/** The same on the bare SQLite handle, without the breaking-change check, for the demo seed until it moves to the store. */
export function packagePublisher(db: Db, packageId: string, userId: string | null): PackageVersionRecord;
export function packagePublisher(
  target: Store | Repositories | Db,
  packageId: string,
  userId: string | null,
  options: { confirm?: boolean } = {},
): PackageVersionRecord | Promise<PackageVersionRecord> {
  if ("prepare" in target) return publishOnSqliteHandle(target, packageId, userId);
  return inTransaction(target, async (tx) => {
    // Two publishes at once must get consecutive numbers: the second waits here for the first.
    await tx.locks.lockRow("packages", packageId);
    const pkg = await tx.packages.findById(packageId);
    if (!pkg) throw notFound("Package");
    if (!options.confirm) await assertNoBreakingChange(tx, packageId);
    const modules = await tx.packages.listModules(packageId);
    const version: PackageVersionRecord = {
      packageId,
      version: (pkg.latestVersion ?? 0) + 1,
      publishedAt: new Date().toISOString(),
      publishedBy: userId,
      modules: modules.map((module) => module.body),
    };
    await tx.packages.insertVersion(version);
    await tx.packages.markPublished(packageId, version.version, version.publishedAt);
    return version;
  });
}

function publishOnSqliteHandle(db: Db, packageId: string, userId: string | null): PackageVersionRecord {
  return db.transaction(() => {
    const pkg = db.prepare("SELECT latest_version FROM packages WHERE id = ?").get(packageId) as
      | { latest_version: number | null }
      | undefined;
    if (!pkg) throw notFound("Package");
    const rows = db
      .prepare("SELECT id, body_json FROM modules WHERE package_id = ? ORDER BY created_at, name")
      .all(packageId) as { id: string; body_json: string }[];
    const version: PackageVersionRecord = {
      packageId,
      version: (pkg.latest_version ?? 0) + 1,
      publishedAt: new Date().toISOString(),
      publishedBy: userId,
      modules: rows.map((row) => decodeDocument("moduleBody", row.body_json, `module ${row.id}`)),
    };
    db.prepare(
      `INSERT INTO package_versions (package_id, version, published_at, published_by, modules_json)
       VALUES (?, ?, ?, ?, ?)`,
    ).run(
      packageId,
      version.version,
      version.publishedAt,
      userId,
      encodeDocument("versionModules", version.modules),
    );
    db.prepare(
      "UPDATE packages SET latest_version = ?, published_draft_revision = draft_revision, updated_at = ? WHERE id = ?",
    ).run(version.version, version.publishedAt, packageId);
    return version;
  })();
}
