import { sql } from "kysely";
import type { Dialect } from "../dialect";
import type { Db } from "./openDatabase";
import { leaveOutOfVersion } from "./sqliteStoreVersion";

/** SQLite's spelling of the dialect-specific bits, for one better-sqlite3 handle. */
export function createSqliteDialect(database: Db): Dialect {
  return {
    name: "sqlite",
    caseInsensitive: (column) => sql`${sql.ref(column)} COLLATE NOCASE`,
    leaveOutOfVersion: (changes) => leaveOutOfVersion(database, changes),
    jsonLacks: (column, key) => sql<boolean>`json_type(${sql.ref(column)}, ${`$.${key}`}) IS NULL`,
    // BEGIN IMMEDIATE took the write lock on the whole file, and one connection serves the
    // process: no other transaction can change the row before this one ends.
    lockRow: async () => {},
    // better-sqlite3 prepares one statement at a time; exec runs a script. Inside a Kysely
    // transaction this is the same connection, so the script is part of it.
    runScript: async (_db, script) => {
      database.exec(script);
    },
    // BEGIN IMMEDIATE already serialises writers across processes.
    lockMigrations: async () => {},
  };
}
