import {
  type PostgresDatasourceBody,
  type PostgresQueryConfig,
  postgresDatasourceBodySchema,
} from "@tessera/model";
import type { RunnablePostgresDatasource } from "../../../datasources/openDatasourceForRun";
import { ApiError } from "../../../errors";
import type { DatasourceKind, KindContext } from "../DatasourceKind";
import { type BoundStatement, bindSql } from "./bindSql";
import { executeSql } from "./executeSql";
import { createPostgresPools, type PostgresPools } from "./postgresPools";
import { readSchema } from "./readSchema";

// The pools of each server (its kind context): servers in one process keep theirs apart.
const poolsByContext = new WeakMap<KindContext, PostgresPools>();
function poolsOf(ctx: KindContext): PostgresPools {
  let pools = poolsByContext.get(ctx);
  if (!pools) {
    pools = createPostgresPools(ctx.policy);
    poolsByContext.set(ctx, pools);
  }
  return pools;
}

/**
 * PostgreSQL: host, port, database, user, a sealed password, SSL mode, read-only, statement
 * timeout and row cap; a query is SQL whose `{{ }}` bindings become bind parameters.
 */
export const postgresKind: DatasourceKind<
  "postgres",
  PostgresDatasourceBody,
  PostgresQueryConfig,
  BoundStatement,
  RunnablePostgresDatasource
> = {
  kind: "postgres",
  configSchema: postgresDatasourceBodySchema,
  secretFields: [{ path: "password", description: "the password of the database user" }],
  substitute: (query, values) => bindSql(query.sql, values),
  async execute(ctx, datasource, query, values) {
    if (query.sql.trim() === "") throw new ApiError(400, "empty_query", "The query has no SQL to run");
    const statement = bindSql(query.sql, values);
    const result = await executeSql(poolsOf(ctx), datasource, statement);
    ctx.logger.debug({ datasource: datasource.id, ms: Math.round(result.durationMs) }, "sql run");
    return result;
  },
  async test(ctx, datasource) {
    const where = `${datasource.host}:${datasource.port}/${datasource.database}`;
    try {
      const result = await executeSql(poolsOf(ctx), datasource, { text: "SELECT 1", values: [] });
      return {
        ok: true,
        message: `${where} answered as ${datasource.user} in ${Math.round(result.durationMs)} ms`,
      };
    } catch (error) {
      if (error instanceof ApiError) return { ok: false, message: error.message };
      throw error;
    }
  },
  schema: (ctx, datasource) => readSchema(poolsOf(ctx), datasource),
  release: (ctx, datasourceId) => poolsOf(ctx).release(datasourceId),
  close: async (ctx) => {
    await poolsByContext.get(ctx)?.close();
    poolsByContext.delete(ctx);
  },
};
