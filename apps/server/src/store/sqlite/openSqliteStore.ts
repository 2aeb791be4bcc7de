import {
  CompiledQuery,
  type DatabaseConnection,
  Kysely,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from "kysely";
import { type Db, openDatabase } from "../../db/openDatabase";
import { createRepositories } from "../createRepositories";
import { migrate } from "../migrate";
import type { Store } from "../Store";
import type { Schema } from "../schema";
import { createSqliteDialect } from "./sqliteDialect";
import { sqliteMigrations } from "./sqliteMigrations";
import { createStoreVersion } from "./sqliteStoreVersion";

/** A SQLite store, with its better-sqlite3 handle for the code that still writes SQL against it. */
export interface SqliteStore extends Store {
  readonly database: Db;
}

/**
 * Opens (creating if needed) `fileName` in `dataDir` as a store. Raw statements on
 * `store.database` and the store's share one connection, so they see each other's writes at
 * once. Call `store.migrate()` next.
 */
export function openSqliteStore(dataDir: string, fileName = "tessera.db"): SqliteStore {
  return sqliteStoreOn(openDatabase(dataDir, fileName));
}

/** A store over an open better-sqlite3 handle; closing the store closes the handle. */
export function sqliteStoreOn(database: Db): SqliteStore {
  const dialect = createSqliteDialect(database);
  const kysely = new Kysely<Schema>({ dialect: new ImmediateSqliteDialect({ database }) });
  const version = createStoreVersion(database);
  return {
    ...createRepositories({ db: kysely, dialect }),
    dialect,
    database,
    transaction: (work) =>
      kysely.transaction().execute((trx) => work(createRepositories({ db: trx, dialect }))),
    version: async () => version(),
    migrate: () => migrate(kysely, dialect, sqliteMigrations),
    close: () => kysely.destroy(),
  };
}

/**
 * Kysely's SQLite dialect with transactions that begin IMMEDIATE: several processes may share
 * the file, and a deferred transaction that reads and then writes would fail with SQLITE_BUSY
 * (not wait) when another took the write lock in between. Immediate ones wait (busy_timeout).
 */
class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): SqliteDriver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}
