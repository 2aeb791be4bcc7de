import type { Repositories, Store } from "./Store";

/**
 * Runs `work` in a transaction: a new one when given the store, the caller's when given a
 * transaction's repositories. Lets a command stand alone or be one step of a larger write.
 *
 * @example return inTransaction(repos, async (tx) => { await tx.workspaces.insert(...); ... });
 */
export function inTransaction<T>(
  repos: Store | Repositories,
  work: (tx: Repositories) => Promise<T>,
): Promise<T> {
  return "transaction" in repos ? repos.transaction(work) : work(repos);
}
