import { mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";

/** The server's SQLite handle (better-sqlite3 is synchronous: one connection serves all). */
export type Db = Database.Database;

/**
 * Opens (creating if needed) `tessera.db` in `dataDir` with WAL and foreign keys on.
 * Call `migrate(db)` next.
 */
export function openDatabase(dataDir: string, fileName = "tessera.db"): Db {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, fileName));
  db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  // WAL makes NORMAL durable across application crashes; only a power loss can drop the last commit.
  db.pragma("synchronous = NORMAL");
  db.pragma("busy_timeout = 5000");
  return db;
}
