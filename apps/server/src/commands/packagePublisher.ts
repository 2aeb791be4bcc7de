import type { Db } from "../db/openDatabase";
import { notFound } from "../errors";
import type { ModuleRow, PackageRow, PackageVersionRow } from "../packages/packageRows";

/**
 * Publishes a package: the next version number and a snapshot of every draft module, in
 * one transaction so a concurrent save lands wholly before or after the snapshot. Versions
 * are never changed afterwards.
 */
export function packagePublisher(db: Db, packageId: string, userId: string | null): PackageVersionRow {
  return db.transaction(() => {
    const pkg = db.prepare("SELECT * FROM packages WHERE id = ?").get(packageId) as PackageRow | undefined;
    if (!pkg) throw notFound("Package");
    const modules = db
      .prepare("SELECT * FROM modules WHERE package_id = ? ORDER BY created_at, name")
      .all(packageId) as ModuleRow[];
    const row: PackageVersionRow = {
      package_id: packageId,
      version: (pkg.latest_version ?? 0) + 1,
      published_at: new Date().toISOString(),
      published_by: userId,
      modules_json: JSON.stringify(modules.map((m) => JSON.parse(m.body_json))),
    };
    db.prepare(
      `INSERT INTO package_versions (package_id, version, published_at, published_by, modules_json)
       VALUES (@package_id, @version, @published_at, @published_by, @modules_json)`,
    ).run(row);
    db.prepare(
      "UPDATE packages SET latest_version = ?, published_draft_revision = draft_revision, updated_at = ? WHERE id = ?",
    ).run(row.version, row.published_at, packageId);
    return row;
  })();
}
