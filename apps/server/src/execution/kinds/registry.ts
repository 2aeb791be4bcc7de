import type { DatabaseSchema, DatasourceTestResult, QueryConfig, RunResult } from "@tessera/model";
import type { z } from "zod";
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

/** The kind of a body, config or datasource without one: stored or sent before kinds existed. */
const defaultKind: KindName = "rest";

// biome-ignore lint/suspicious/noExplicitAny: a kind of any name, seen through the registry
export type AnyKind = DatasourceKind<string, any, any, unknown, any, any>;

type Registry = typeof registry;

/** A datasource with its secrets decrypted, one member per kind: for outbound calls only, never for an answer. */
export type RunnableDatasource = { [K in KindName]: Parameters<Registry[K]["test"]>[1] }[KindName];

/**
 * A datasource's config as stored in `datasources.config_json` (its `kind` also in the `kind`
 * column), one member per kind: the author's fields with every secret sealed.
 */
export type StoredDatasourceConfig = { [K in KindName]: z.output<Registry[K]["storedSchema"]> }[KindName];

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
  return config.kind ?? defaultKind;
}

/** The kind of an author's datasource body (parsing adds "rest" to bodies without one), through the registry. */
export function kindOfBody(body: { kind?: string }): AnyKind {
  return kindOf(body.kind ?? defaultKind) as AnyKind;
}

/** The kind of a stored config or an opened datasource, through the registry. */
export function kindOfStored(config: { kind: string }): AnyKind {
  return kindOf(config.kind) as AnyKind;
}

/** Every kind, in the registry's order. */
export function allKinds(): AnyKind[] {
  return Object.values(registry) as AnyKind[];
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
  for (const kind of allKinds()) await kind.release?.(ctx, datasourceId);
}

/** Lets every kind drop everything it keeps, when the server closes. */
export async function closeKinds(ctx: KindContext): Promise<void> {
  for (const kind of allKinds()) await kind.close?.(ctx);
}
