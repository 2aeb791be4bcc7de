import {
  DeleteQueryNode,
  InsertQueryNode,
  Kysely,
  type KyselyPlugin,
  MergeQueryNode,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  PostgresDialect,
  type QueryId,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
  UpdateQueryNode,
} from "kysely";
import pg from "pg";
import { createRepositories } from "../createRepositories";
import type { StoreDb } from "../dialect";
import { migrate } from "../migrate";
import type { Store } from "../Store";
import type { Schema } from "../schema";
import { pinnedConnection } from "./pinnedConnection";
import { postgresDialect } from "./postgresDialect";
import { postgresMigrations } from "./postgresMigrations";
import { createPostgresStoreVersion } from "./postgresStoreVersion";

/**
 * Opens a store on the PostgreSQL database at `databaseUrl` (a pool; nothing connects until
 * the first query). Call `store.migrate()` next.
 */
export function openPostgresStore(databaseUrl: string, options: { maxConnections?: number } = {}): Store {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.maxConnections ?? 10,
    types: TYPES,
  });
  // Without a listener, an idle client losing its connection (a server restart) would crash the process.
  pool.on("error", () => {});
  const base = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  const bump = (db: StoreDb) =>
    db
      .updateTable("store_version")
      .set((eb) => ({ value: eb("value", "+", 1) }))
      .where("id", "=", 1)
      .execute();
  // Repositories on the store itself run autocommit statements: bump after each write.
  const kysely = base.withPlugin(new BumpAfterWrite(() => bump(base)));
  const dialect = postgresDialect;
  // Every run reads the version: it keeps a connection of its own (one of `max`).
  const versionConnection = pinnedConnection(pool);

  return {
    ...createRepositories({ db: kysely, dialect }),
    dialect,
    transaction: (work) =>
      base.transaction().execute(async (trx) => {
        const tracker = new WriteTracker();
        const result = await work(createRepositories({ db: trx.withPlugin(tracker), dialect }));
        // Last, so the counter row is locked only for the moment before COMMIT and never
        // while this transaction waits for another lock.
        if (tracker.wrote) await bump(trx);
        return result;
      }),
    // Not through Kysely: a named statement, and one read for concurrent callers.
    version: createPostgresStoreVersion(versionConnection),
    migrate: () => migrate(base, dialect, postgresMigrations),
    close: () => {
      versionConnection.release();
      return base.destroy();
    },
  };
}

// BIGINT (epoch milliseconds, counts) as number: every value stored fits well within 2^53.
const TYPES: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === pg.types.builtins.INT8
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig["getTypeParser"],
};

function isWrite(node: RootOperationNode): boolean {
  return (
    InsertQueryNode.is(node) ||
    UpdateQueryNode.is(node) ||
    DeleteQueryNode.is(node) ||
    MergeQueryNode.is(node)
  );
}

/** Notes whether a transaction wrote anything. */
class WriteTracker implements KyselyPlugin {
  wrote = false;
  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    if (isWrite(node)) this.wrote = true;
    return node;
  }
  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return result;
  }
}

/** Runs `bump` after every write that completes (outside transactions, each is committed by then). */
class BumpAfterWrite implements KyselyPlugin {
  readonly #writes = new WeakSet<QueryId>();
  constructor(private readonly bump: () => Promise<unknown>) {}
  transformQuery({ node, queryId }: PluginTransformQueryArgs): RootOperationNode {
    if (isWrite(node)) this.#writes.add(queryId);
    return node;
  }
  async transformResult({ result, queryId }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    if (this.#writes.has(queryId)) await this.bump();
    return result;
  }
}
