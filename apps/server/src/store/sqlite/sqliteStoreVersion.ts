import type { Statement } from "better-sqlite3";
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
  let shared = versions.get(db);
  if (!shared) {
    shared = storeVersionOf(db);
    versions.set(db, shared);
  }
  return shared;
}

/**
 * Leaves `changes` rows this connection just wrote out of its store version: counts that no
 * cache holds (rate limits), written on every run, would otherwise make every cache reload on
 * every run. Call it after the write, outside a transaction (an autocommit write cannot be
 * rolled back later). A commit of such rows by another process still changes the version.
 */
export function leaveOutOfVersion(db: Db, changes: number): void {
  uncounted.set(db, (uncounted.get(db) ?? 0) + changes);
}

// One per database, so that callers within one turn share the data_version reading.
const versions = new WeakMap<Db, () => string | null>();
// Own changes left out of the version, per database.
const uncounted = new WeakMap<Db, number>();

function storeVersionOf(db: Db): () => string | null {
  const ownChanges: Statement = db.prepare("SELECT total_changes()").pluck();
  const otherCommits: Statement = db.prepare("PRAGMA data_version").pluck();
  // data_version costs several times total_changes(). Another process's commit is concurrent
  // with whatever this turn does, so one reading per turn of the event loop is as good as one
  // per call; writes of our own are always counted.
  let commitsThisTurn: unknown;
  return () => {
    if (db.inTransaction) return null;
    if (commitsThisTurn === undefined) {
      commitsThisTurn = otherCommits.get();
      queueMicrotask(() => {
        commitsThisTurn = undefined;
      });
    }
    return `${commitsThisTurn}:${(ownChanges.get() as number) - (uncounted.get(db) ?? 0)}`;
  };
}
