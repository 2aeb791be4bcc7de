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
    const updatedAt = new Date().toISOString();
    // The package row first, as every draft write takes it (PostgreSQL then never deadlocks),
    // and before the name check, so two renames to one name cannot both pass it.
    await tx.packages.markDraftChanged(input.packageId, updatedAt);
    if (await tx.packages.moduleNameTaken(input.packageId, input.module.name, input.moduleId)) {
      throw conflict("name_taken", `A module named ${input.module.name} exists in this package`, {
        path: "body.module.name",
      });
    }
    const saved = await tx.packages.saveModule({
      packageId: input.packageId,
      moduleId: input.moduleId,
      revision: input.revision,
      body: input.module,
      updatedAt,
    });
    if (!saved) {
      // Another save committed after the read above: answer with its revision.
      const now = await tx.packages.findModule(input.packageId, input.moduleId);
      if (!now) throw notFound("Module");
      throw staleRevision(now.revision);
    }
    return {
      ...current,
      name: input.module.name,
      body: input.module,
      revision: input.revision + 1,
      updatedAt,
    };
  });
}
