import type { ModuleBody } from "@tessera/model";
import type { Db } from "../db/openDatabase";
import { conflict, notFound, staleRevision } from "../errors";
import type { ModuleRow } from "../packages/packageRows";

/**
 * Saves a draft module if `revision` is still current (else 409 stale_revision with the
 * current one), bumping its revision and marking the package changed, in one transaction.
 */
export function moduleUpdater(
  db: Db,
  input: { packageId: string; moduleId: string; revision: number; module: ModuleBody },
): ModuleRow {
  return db.transaction(() => {
    const current = db
      .prepare("SELECT * FROM modules WHERE id = ? AND package_id = ?")
      .get(input.moduleId, input.packageId) as ModuleRow | undefined;
    if (!current) throw notFound("Module");
    if (current.revision !== input.revision) throw staleRevision(current.revision);
    const clash = db
      .prepare("SELECT 1 FROM modules WHERE package_id = ? AND name = ? AND id <> ?")
      .get(input.packageId, input.module.name, input.moduleId);
    if (clash) {
      throw conflict("name_taken", `A module named ${input.module.name} exists in this package`, {
        path: "body.module.name",
      });
    }
    const now = new Date().toISOString();
    const row: ModuleRow = {
      ...current,
      name: input.module.name,
      body_json: JSON.stringify(input.module),
      revision: current.revision + 1,
      updated_at: now,
    };
    db.prepare("UPDATE modules SET name = ?, body_json = ?, revision = ?, updated_at = ? WHERE id = ?").run(
      row.name,
      row.body_json,
      row.revision,
      now,
      row.id,
    );
    db.prepare("UPDATE packages SET draft_revision = draft_revision + 1, updated_at = ? WHERE id = ?").run(
      now,
      input.packageId,
    );
    return row;
  })();
}
