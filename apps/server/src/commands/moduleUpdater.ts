import type { ModuleBody } from "@tessera/model";
import { conflict, notFound, staleRevision } from "../errors";
import { inTransaction } from "../store/inTransaction";
import type { DraftModuleRecord } from "../store/repositories/packages";
import type { Repositories, Store } from "../store/Store";

/**
 * Saves a draft module if `revision` is still current (else 409 stale_revision with the
 * current one), bumping its revision and marking the package changed, in one transaction.
 * The revision check is the UPDATE's own condition, so of two saves naming the same
 * revision exactly one succeeds, on any store.
 */
export function moduleUpdater(
  repos: Store | Repositories,
  input: { packageId: string; moduleId: string; revision: number; module: ModuleBody },
): Promise<DraftModuleRecord> {
  return inTransaction(repos, async (tx) => {
    const current = await tx.packages.findModule(input.packageId, input.moduleId);
    if (!current) throw notFound("Module");
    if (current.revision !== input.revision) throw staleRevision(current.revision);
    if (await tx.packages.moduleNameTaken(input.packageId, input.module.name, input.moduleId)) {
      throw conflict("name_taken", `A module named ${input.module.name} exists in this package`, {
        path: "body.module.name",
      });
    }
    const updatedAt = new Date().toISOString();
    const saved = await tx.packages.saveModule({
      packageId: input.packageId,
      moduleId: input.moduleId,
      revision: input.revision,
      body: input.module,
      updatedAt,
    });
    if (!saved) {
      // Another save committed between the read and the write: answer with its revision.
      const now = await tx.packages.findModule(input.packageId, input.moduleId);
      if (!now) throw notFound("Module");
      throw staleRevision(now.revision);
    }
    await tx.packages.markDraftChanged(input.packageId, updatedAt);
    return {
      ...current,
      name: input.module.name,
      body: input.module,
      revision: input.revision + 1,
      updatedAt,
    };
  });
}
