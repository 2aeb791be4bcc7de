import { sql } from "kysely";
import type { Dialect } from "../dialect";

// Any fixed number: the key of the advisory lock migrators of several processes take in turn.
const MIGRATION_LOCK_KEY = 7_346_821;

/** PostgreSQL's spelling of the dialect-specific bits. */
export const postgresDialect: Dialect = {
  name: "postgres",
  caseInsensitive: (column) => sql`lower(${sql.ref(column)})`,
  // Raw `sql` writes do not bump the counter row: there is nothing to leave out.
  leaveOutOfVersion: () => {},
  jsonLacks: (column, key) => sql<boolean>`(${sql.ref(column)}::jsonb -> ${key}) IS NULL`,
  lockRow: async (db, table, id) => {
    await sql`SELECT 1 FROM ${sql.table(table)} WHERE id = ${id} FOR UPDATE`.execute(db);
  },
  // Without parameters, pg sends the text as a simple query, which may hold several statements.
  runScript: async (db, script) => {
    await sql.raw(script).execute(db);
  },
  lockMigrations: async (db) => {
    await sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`.execute(db);
  },
};
