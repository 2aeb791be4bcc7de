import type { ModuleBody } from "@tessera/model";
import { newId } from "../db/newId";
import type { Db } from "../db/openDatabase";
import { conflict } from "../errors";
import type { ModuleRow } from "../packages/packageRows";

/** Adds a draft module to a package and marks the package changed, in one transaction. */
export function moduleCreator(db: Db, packageId: string, module: ModuleBody): ModuleRow {
  return db.transaction(() => {
    if (db.prepare("SELECT 1 FROM modules WHERE package_id = ? AND name = ?").get(packageId, module.name)) {
      throw conflict("name_taken", `A module named ${module.name} exists in this package`, {
        path: "body.name",
      });
    }
    const now = new Date().toISOString();
    const row: ModuleRow = {
      id: newId(),
      package_id: packageId,
      name: module.name,
      body_json: JSON.stringify(module),
      revision: 1,
      created_at: now,
      updated_at: now,
    };
    db.prepare(
      `INSERT INTO modules (id, package_id, name, body_json, revision, created_at, updated_at)
       VALUES (@id, @package_id, @name, @body_json, @revision, @created_at, @updated_at)`,
    ).run(row);
    db.prepare("UPDATE packages SET draft_revision = draft_revision + 1, updated_at = ? WHERE id = ?").run(
      now,
      packageId,
    );
    return row;
  })();
}
