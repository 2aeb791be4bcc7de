import type { Db } from "./openDatabase";

/**
 * A value that changes whenever a row of the store may have changed: rows written through
 * this connection (`total_changes()`, triggers and rolled-back writes included) or commits
 * by any other connection (`PRAGMA data_version`). Reading it touches no table, so it costs
 * a fraction of a lookup: rows kept under an unchanged version are still what the store holds.
 * During a transaction it returns null (a write there may yet be rolled back): read the store.
 *
 * @example const version = createStoreVersion(db); if (cached.version === version()) use(cached);
 */
export function createStoreVersion(db: Db): () => string | null {
  const ownChanges = db.prepare("SELECT total_changes()").pluck();
  const otherCommits = db.prepare("PRAGMA data_version").pluck();
  return () => (db.inTransaction ? null : `${otherCommits.get()}:${ownChanges.get()}`);
}
