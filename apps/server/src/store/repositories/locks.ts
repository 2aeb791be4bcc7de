import type { RepositoryContext } from "../Store";
import type { LockableTable } from "../schema";

/** Row locks for transactions that read, then write what they read. */
export type LocksRepository = ReturnType<typeof createLocksRepository>;

/** Row locks for transactions that read, then write what they read. */
export function createLocksRepository(ctx: RepositoryContext) {
  return {
    /**
     * Holds `id`'s row in `table` until the transaction ends, so a concurrent transaction
     * waits instead of acting on what this one is about to change (PostgreSQL: FOR UPDATE;
     * SQLite: nothing to do, one write transaction holds the file). Outside a transaction it
     * locks nothing that lasts: call it on `tx`.
     */
    lockRow: (table: LockableTable, id: string): Promise<void> => ctx.dialect.lockRow(ctx.db, table, id),
  };
}
