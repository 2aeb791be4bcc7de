import { notFound } from "../errors";
import { inTransaction } from "../store/inTransaction";
import type { Repositories, Store } from "../store/Store";

/** Deletes a draft module and marks the package changed; published versions keep it. */
export function moduleDeleter(
  repos: Store | Repositories,
  packageId: string,
  moduleId: string,
): Promise<void> {
  return inTransaction(repos, async (tx) => {
    // The package row first, as every draft write takes it: PostgreSQL then never deadlocks.
    await tx.packages.markDraftChanged(packageId, new Date().toISOString());
    if (!(await tx.packages.deleteModule(packageId, moduleId))) throw notFound("Module");
  });
}
