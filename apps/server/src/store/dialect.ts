import type { DeleteResult, Kysely, RawBuilder, Transaction, UpdateResult } from "kysely";
import type { LockableTable, Schema } from "./schema";

/** A Kysely handle repositories run on: the store's own, or one transaction's. */
export type StoreDb = Kysely<Schema> | Transaction<Schema>;

/**
 * The few things SQLite and PostgreSQL spell differently, for repositories and the migrator.
 * Everything else is plain Kysely, written once. Upserts need no entry: both speak
 * `INSERT ... ON CONFLICT (...) DO UPDATE`, which Kysely's `onConflict` writes.
 */
export interface Dialect {
  readonly name: "sqlite" | "postgres";
  /**
   * An ORDER BY expression sorting a text column without regard to case.
   *
   * @example .orderBy(ctx.dialect.caseInsensitive("w.name")).orderBy("w.created_at")
   */
  caseInsensitive(column: string): RawBuilder<unknown>;
  /**
   * A condition true when the JSON object stored as TEXT in `column` has no top-level `key`.
   *
   * @example .where(ctx.dialect.jsonLacks("d.snapshot_json", "datasources"))
   */
  jsonLacks(column: string, key: string): RawBuilder<boolean>;
  /**
   * Keeps `changes` rows just written outside a transaction out of `store.version()`: for
   * counts no cache holds (rate limits). PostgreSQL needs nothing (a raw `sql` write does not
   * bump its version); SQLite counts every change of its connection otherwise.
   *
   * @example const result = await sql`INSERT INTO rate_limits ...`.execute(db); ctx.dialect.leaveOutOfVersion(result.rows.length);
   */
  leaveOutOfVersion(changes: number): void;
  /**
   * Locks a row until the transaction ends (PostgreSQL: SELECT ... FOR UPDATE); a no-op on
   * SQLite, where a write transaction (BEGIN IMMEDIATE) already holds the whole file.
   */
  lockRow(db: StoreDb, table: LockableTable, id: string): Promise<void>;
  /** Runs a script of several statements (migrations), inside the given transaction. */
  runScript(db: StoreDb, script: string): Promise<void>;
  /** Serialises migrators of several processes starting at once, until the transaction ends. */
  lockMigrations(db: Transaction<Schema>): Promise<void>;
}

/**
 * How many rows an UPDATE or DELETE touched: the check behind optimistic revisions
 * (`UPDATE ... WHERE id = ? AND revision = ?`). Both drivers report it the same way.
 */
export function rowsChanged(
  result: UpdateResult | DeleteResult | readonly (UpdateResult | DeleteResult)[],
): number {
  const results = Array.isArray(result) ? result : [result as UpdateResult | DeleteResult];
  let total = 0;
  for (const one of results)
    total += Number("numUpdatedRows" in one ? one.numUpdatedRows : one.numDeletedRows);
  return total;
}
