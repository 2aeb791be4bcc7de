import type { Statement } from "better-sqlite3";
import {
  CompiledQuery,
  type DatabaseConnection,
  Kysely,
  type QueryResult,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from "kysely";
import { createRepositories } from "../createRepositories";
import { migrate } from "../migrate";
import type { Store } from "../Store";
import type { Schema } from "../schema";
import { type Db, openDatabase } from "./openDatabase";
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
  readonly #connection: StatementCachingConnection;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#connection = new StatementCachingConnection(config.database as Db);
  }
  override async acquireConnection(): Promise<DatabaseConnection> {
    return this.#connection;
  }
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}

/**
 * Kysely's better-sqlite3 connection prepares every statement anew; this one keeps the
 * prepared statements by SQL text, as the raw handle's callers did. Preparing costs more than
 * running a primary-key lookup, and the session and membership lookups run on every request.
 */
class StatementCachingConnection implements DatabaseConnection {
  readonly #statements = new Map<string, Statement>();
  constructor(readonly database: Db) {}

  #prepare(sql: string): Statement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.database.prepare(sql);
      // A query built with a varying number of values (IN lists) makes new texts: keep it bounded.
      if (this.#statements.size >= MAX_CACHED_STATEMENTS) this.#statements.clear();
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const statement = this.#prepare(compiledQuery.sql);
    const parameters = compiledQuery.parameters as unknown[];
    if (statement.reader) return { rows: statement.all(parameters) as R[] };
    const { changes, lastInsertRowid } = statement.run(parameters);
    return { insertId: BigInt(lastInsertRowid), numAffectedRows: BigInt(changes), rows: [] };
  }

  async *streamQuery<R>(compiledQuery: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    const statement = this.#prepare(compiledQuery.sql);
    for (const row of statement.iterate(compiledQuery.parameters as unknown[])) yield { rows: [row as R] };
  }
}

const MAX_CACHED_STATEMENTS = 500;
