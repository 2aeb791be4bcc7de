import type { ServerConfig } from "../config/loadConfig";
import type { Db } from "../db/openDatabase";
import { openPostgresStore } from "./postgres/openPostgresStore";
import type { Store } from "./Store";
import { openSqliteStore, type SqliteStore } from "./sqlite/openSqliteStore";

/**
 * The configured store: PostgreSQL when `databaseUrl` is set (loadConfig accepts only
 * postgres:// and postgresql://), else `tessera.db` in `dataDir`. Call `store.migrate()` next.
 *
 * @example const store = openStore(config); await store.migrate();
 */
export function openStore(config: Pick<ServerConfig, "dataDir" | "databaseUrl">): Store {
  return config.databaseUrl ? openPostgresStore(config.databaseUrl) : openSqliteStore(config.dataDir);
}

/**
 * The better-sqlite3 handle under a SQLite store, for code that still writes SQL against it.
 * On PostgreSQL there is none: every use throws, naming the way out, so code not yet moved to
 * the repositories fails loudly instead of writing somewhere else.
 */
export function sqliteHandleOf(store: Store): Db {
  if ("database" in store) return (store as SqliteStore).database;
  return new Proxy({} as Db, {
    get(_target, property) {
      throw new Error(
        `This part of the server still uses the SQLite handle (db.${String(property)}) and does not run on PostgreSQL yet: move it to the store's repositories`,
      );
    },
  });
}
