import type { DatabaseSchema, DatasourceTestResult, QueryConfig, RunResult } from "@tessera/model";
import type { RunnableDatasource } from "../../datasources/openDatasourceForRun";
import { ApiError } from "../../errors";
import { unknownKind } from "../executionErrors";
import type { BindingValues, DatasourceKind, KindContext } from "./DatasourceKind";
import { graphqlKind } from "./graphql/graphqlKind";
import { postgresKind } from "./postgres/postgresKind";
import { restKind } from "./rest/restKind";

/** Every datasource kind the server runs, by name: a new kind is one line here. */
export const registry = {
  rest: restKind,
  postgres: postgresKind,
  graphql: graphqlKind,
} as const;

/** The name of a kind the server knows (`"rest"`). */
export type KindName = keyof typeof registry;

// biome-ignore lint/suspicious/noExplicitAny: a kind of any name, seen through the registry
type AnyKind = DatasourceKind<string, unknown, any, unknown, any>;

/**
 * The kind named `name`; a name the server does not know is a 400 `unknown_kind` naming it
 * and the known ones (a datasource or query saved by a newer version, or a typo in an import).
 */
export function kindOf(name: string): (typeof registry)[KindName] {
  if (!Object.hasOwn(registry, name)) {
    throw unknownKind(name, Object.keys(registry));
  }
  return registry[name as KindName];
}

/**
 * The kind a stored query runs with: its `kind` (parsing adds "rest" to configs stored before
 * kinds existed; a config built in code may still leave it out).
 */
export function kindOfQuery(config: QueryConfig): string {
  return config.kind ?? "rest";
}

/** The kind of a stored datasource, as its record says. */
export function kindOfDatasource(datasource: Pick<RunnableDatasource, "kind">): string {
  return datasource.kind;
}

/**
 * Runs a stored query on its datasource through the query's kind. A query of one kind pointed
 * at a datasource of another (a SQL query on a REST API) is a 400 `kind_mismatch`.
 */
export function executeStoredQuery(
  ctx: KindContext,
  datasource: RunnableDatasource,
  config: QueryConfig,
  values: BindingValues,
): Promise<RunResult> {
  const kind = kindOfQuery(config);
  const runner = kindOf(kind) as AnyKind;
  if (datasource.kind !== kind) {
    throw new ApiError(
      400,
      "kind_mismatch",
      `This is a ${kind} query, but its datasource ${datasource.name} is a ${datasource.kind} datasource; choose a ${kind} datasource`,
    );
  }
  return runner.execute(ctx, datasource, config, values);
}

/** Says whether a datasource answers, through its kind. */
export function testStoredDatasource(
  ctx: KindContext,
  datasource: RunnableDatasource,
): Promise<DatasourceTestResult> {
  return (kindOf(kindOfDatasource(datasource)) as AnyKind).test(ctx, datasource);
}

/** The tables and columns of a SQL datasource; a 400 `no_schema` for kinds without one. */
export function storedDatasourceSchema(
  ctx: KindContext,
  datasource: RunnableDatasource,
): Promise<DatabaseSchema> {
  const kind = kindOf(kindOfDatasource(datasource)) as AnyKind;
  if (!kind.schema) {
    throw new ApiError(400, "no_schema", `A ${datasource.kind} datasource has no tables to browse`);
  }
  return kind.schema(ctx, datasource);
}

/** Lets every kind drop what it keeps for a datasource that changed or was deleted. */
export async function releaseDatasource(ctx: KindContext, datasourceId: string): Promise<void> {
  for (const kind of Object.values(registry) as AnyKind[]) await kind.release?.(ctx, datasourceId);
}

/** Lets every kind drop everything it keeps, when the server closes. */
export async function closeKinds(ctx: KindContext): Promise<void> {
  for (const kind of Object.values(registry) as AnyKind[]) await kind.close?.(ctx);
}
