import type { RunResult, SqlRunResult } from "@tessera/model";
import pg from "pg";
import type { RunnablePostgresDatasource } from "../../../datasources/openDatasourceForRun";
import type { BoundStatement } from "./bindSql";
import { postgresError } from "./postgresErrors";
import type { PostgresPools } from "./postgresPools";

interface QueryInternals {
  handleError(error: Error, connection: unknown): void;
}

/**
 * A query that stops after `rows` rows: node-postgres asks for them in one Execute, and when
 * the database says more are left (PortalSuspended) this ends the exchange instead of asking
 * for the next page, so a huge table is never read past the cap.
 */
class CappedQuery extends pg.Query {
  suspended = false;

  handlePortalSuspended(connection: { sync(): void }): void {
    this.suspended = true;
    connection.sync();
  }

  // With a row count node-postgres flushes instead of syncing, so after an error the server
  // waits for a Sync before it is ready again: without it the connection would hang.
  handleError(error: Error, connection: { sync(): void }): void {
    connection.sync();
    // Not in node-postgres's typings, but every Query has it.
    (pg.Query.prototype as unknown as QueryInternals).handleError.call(this, error, connection);
  }
}

interface Outcome {
  rows: Record<string, unknown>[];
  fields: { name: string; dataTypeID: number }[];
  rowCount: number | null;
  suspended: boolean;
}

function runCapped(client: pg.PoolClient, statement: BoundStatement, cap: number): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    // `rows` is node-postgres's row count per Execute, which its typings leave out.
    const config = { text: statement.text, values: statement.values, rows: cap + 1 } as pg.QueryConfig;
    const query = new CappedQuery(config);
    query.on("error", reject);
    query.on("end", (result: pg.QueryResult) =>
      resolve({
        rows: result.rows,
        fields: result.fields,
        rowCount: result.rowCount,
        suspended: query.suspended,
      }),
    );
    client.query(query);
  });
}

/**
 * Runs a bound statement on the datasource, in a READ ONLY transaction when the datasource is
 * read-only, under its statement timeout (set on every connection of its pool). At most the
 * row cap of rows come back, with `truncated` when there were more. Field types are named as
 * PostgreSQL names them (`int4`, `text`), looked up once per type and pool.
 */
export async function executeSql(
  pools: PostgresPools,
  datasource: RunnablePostgresDatasource,
  statement: BoundStatement,
): Promise<RunResult> {
  const started = performance.now();
  let connection: Awaited<ReturnType<PostgresPools["connect"]>>;
  try {
    connection = await pools.connect(datasource);
  } catch (error) {
    throw postgresError(error, datasource);
  }
  const { client, typeNames } = connection;
  let broken = false;
  try {
    if (datasource.readOnly) await client.query("BEGIN TRANSACTION READ ONLY");
    let outcome: Outcome;
    try {
      outcome = await runCapped(client, statement, datasource.rowCap);
    } finally {
      if (datasource.readOnly) await client.query("ROLLBACK").catch(() => {});
    }
    const truncated = outcome.suspended || outcome.rows.length > datasource.rowCap;
    const rows = truncated ? outcome.rows.slice(0, datasource.rowCap) : outcome.rows;
    const body: SqlRunResult = {
      rows,
      fields: await fieldsOf(client, typeNames, outcome.fields),
      rowCount: truncated ? null : (outcome.rowCount ?? rows.length),
      truncated,
    };
    return { ok: true, status: 200, headers: {}, body, durationMs: performance.now() - started };
  } catch (error) {
    broken = !(error instanceof Error && "code" in error && typeof error.code === "string");
    throw postgresError(error, datasource);
  } finally {
    // A connection that failed below SQL (a reset) is not given back to the pool.
    client.release(broken);
  }
}

async function fieldsOf(
  client: pg.PoolClient,
  typeNames: Map<number, string>,
  fields: { name: string; dataTypeID: number }[],
): Promise<SqlRunResult["fields"]> {
  const unknown = [...new Set(fields.map((f) => f.dataTypeID).filter((oid) => !typeNames.has(oid)))];
  if (unknown.length > 0) {
    const found = await client.query<{ oid: number; typname: string }>(
      "SELECT oid::int4 AS oid, typname FROM pg_catalog.pg_type WHERE oid = ANY($1::oid[])",
      [unknown],
    );
    for (const row of found.rows) typeNames.set(row.oid, row.typname);
  }
  return fields.map((f) => ({ name: f.name, type: typeNames.get(f.dataTypeID) ?? String(f.dataTypeID) }));
}
