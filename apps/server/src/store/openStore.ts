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
 * On PostgreSQL there is none: using it throws, naming the way out, so code not yet moved to
 * the repositories fails loudly instead of writing somewhere else. Statements and
 * transactions prepared when routes register fail when run, not when prepared, so the app
 * still starts and serves what has moved.
 */
export function sqliteHandleOf(store: Store): Db {
  if ("database" in store) return (store as SqliteStore).database;
  return new Proxy({} as Db, {
    get(_target, property) {
      const use = `db.${String(property)}`;
      if (property === "prepare")
        return (sql: string) => unavailableStatement(`${use}(${JSON.stringify(sql.trim().slice(0, 60))})`);
      if (property === "transaction") return () => () => unavailable(use);
      return unavailable(use);
    },
  });
}

function unavailable(use: string): never {
  throw new Error(
    `This part of the server still uses the SQLite handle (${use}) and does not run on PostgreSQL yet: move it to the store's repositories`,
  );
}

function unavailableStatement(use: string): unknown {
  const statement: unknown = new Proxy(
    {},
    {
      get(_target, property) {
        // Modifiers return the statement, as better-sqlite3's do; running it is what fails.
        if (
          property === "pluck" ||
          property === "raw" ||
          property === "expand" ||
          property === "safeIntegers"
        ) {
          return () => statement;
        }
        return () => unavailable(use);
      },
    },
  );
  return statement;
}
