import type { ModuleBody } from "@tessera/model";
import { conflict } from "../errors";
import { inTransaction } from "../store/inTransaction";
import { newId } from "../store/newId";
import type { DraftModuleRecord } from "../store/repositories/packages";
import type { Repositories, Store } from "../store/Store";

const nameTaken = (name: string) =>
  conflict("name_taken", `A module named ${name} exists in this package`, { path: "body.name" });

/** Adds a draft module to a package and marks the package changed, in one transaction. */
export function moduleCreator(
  target: Store | Repositories,
  packageId: string,
  module: ModuleBody,
): Promise<DraftModuleRecord> {
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
  return inTransaction(target, async (tx) => {
    // Two adds of one name must not both pass the check (the unique index would answer 500).
    await tx.locks.lockRow("packages", packageId);
    if (await tx.packages.moduleNameTaken(packageId, module.name)) throw nameTaken(module.name);
    await tx.packages.insertModule(record);
    await tx.packages.markDraftChanged(packageId, now);
    return record;
  });
}
