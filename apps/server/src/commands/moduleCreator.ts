import type { ModuleBody } from "@tessera/model";
import { newId } from "../db/newId";
import type { Db } from "../db/openDatabase";
import { conflict } from "../errors";
import { encodeDocument } from "../store/documents";
import { inTransaction } from "../store/inTransaction";
import type { DraftModuleRecord } from "../store/repositories/packages";
import type { Repositories, Store } from "../store/Store";

const nameTaken = (name: string) =>
  conflict("name_taken", `A module named ${name} exists in this package`, { path: "body.name" });

/** Adds a draft module to a package and marks the package changed, in one transaction. */
export function moduleCreator(
  repos: Store | Repositories,
  packageId: string,
  module: ModuleBody,
): Promise<DraftModuleRecord>;
/** The same on the bare SQLite handle, for the demo seed until it moves to the store. */
export function moduleCreator(db: Db, packageId: string, module: ModuleBody): DraftModuleRecord;
export function moduleCreator(
  target: Store | Repositories | Db,
  packageId: string,
  module: ModuleBody,
): DraftModuleRecord | Promise<DraftModuleRecord> {
  const now = new Date().toISOString();
  const record: DraftModuleRecord = {
    id: newId(),
    packageId,
    name: module.name,
    body: module,
    revision: 1,
    createdAt: now,
    updatedAt: now,
  };
  if ("prepare" in target) {
    return target.transaction(() => {
      if (
        target.prepare("SELECT 1 FROM modules WHERE package_id = ? AND name = ?").get(packageId, module.name)
      ) {
        throw nameTaken(module.name);
      }
      target
        .prepare(
          `INSERT INTO modules (id, package_id, name, body_json, revision, created_at, updated_at)
           VALUES (?, ?, ?, ?, 1, ?, ?)`,
        )
        .run(record.id, packageId, module.name, encodeDocument("moduleBody", module), now, now);
      target
        .prepare("UPDATE packages SET draft_revision = draft_revision + 1, updated_at = ? WHERE id = ?")
        .run(now, packageId);
      return record;
    })();
  }
  return inTransaction(target, async (tx) => {
    // Two adds of one name must not both pass the check (the unique index would answer 500).
    await tx.locks.lockRow("packages", packageId);
    if (await tx.packages.moduleNameTaken(packageId, module.name)) throw nameTaken(module.name);
    await tx.packages.insertModule(record);
    await tx.packages.markDraftChanged(packageId, now);
    return record;
  });
}
