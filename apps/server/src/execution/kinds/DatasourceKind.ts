import type { DatabaseSchema, DatasourceTestResult, RunResult } from "@tessera/model";
import type { Logger } from "pino";
import type { ZodType } from "zod";
import type { AddressPolicy } from "../addressPolicy";
import type { OutboundClient } from "../createOutboundClient";

/** Evaluated binding values sent by the browser, keyed by expression text (`inputs.email`). */
export type BindingValues = Record<string, unknown>;

/**
 * The services every kind shares, made once when the routes start: nothing in it is built per
 * run, so a run costs a registry lookup and the kind's own work.
 */
export interface KindContext {
  /** The checked HTTP client (address policy at connect time, keep-alive pool): HTTP kinds call through it. */
  client: OutboundClient;
  /** The same policy on its own, for kinds that open their own sockets (a database pool checks it at connect). */
  policy: AddressPolicy;
  /** Names and numbers only: values, headers and bodies may carry credentials. */
  logger: Logger;
}

/**
 * A stored field whose value is a secret: sealed at rest, write-only over the API, opened only
 * for a run. `path` names it in the author's config (`headers[].value`), `when` the flag that
 * makes an entry secret if not every entry is (`headers[].secret`).
 */
export interface SecretField {
  path: string;
  when?: string;
  description: string;
}

/** The answer to "does this datasource answer?": shown as is to the developer testing it. */
export type { DatasourceTestResult } from "@tessera/model";

/**
 * One kind of datasource (REST, PostgreSQL, GraphQL): everything the server knows about running
 * it sits in `kinds/<kind>/` behind this interface, and callers go through the registry, never
 * a kind's files. `Opened` is the datasource as a run gets it, secrets decrypted (its member
 * of `RunnableDatasource`).
 *
 * @example const result = await executeStoredQuery(ctx, datasource, config, values);
 */
export interface DatasourceKind<Name extends string, Config, Query, Request, Opened> {
  /** The stable name stored with a datasource and a query (`"rest"`). */
  kind: Name;
  /** The datasource's config as an author writes it (secrets in clear, before sealing). */
  configSchema: ZodType<Config>;
  /** Which config fields are secrets, so storage seals them and presenters leave them out. */
  secretFields: readonly SecretField[];
  /**
   * Puts the browser's values into a stored query, each by its context, so a value can never
   * change the shape of the call (REST: encoded path, JSON body; SQL: bind parameters).
   */
  substitute(query: Query, values: BindingValues): Request;
  /** Runs a stored query against the datasource, secrets opened; rejects with an ApiError when no answer came. */
  execute(ctx: KindContext, datasource: Opened, query: Query, values: BindingValues): Promise<RunResult>;
  /** A cheap call that says whether the datasource answers; failures are results, not throws. */
  test(ctx: KindContext, datasource: Opened): Promise<DatasourceTestResult>;
  /** The tables and columns a SQL datasource holds (schema browser, completion); absent for other kinds. */
  schema?(ctx: KindContext, datasource: Opened): Promise<DatabaseSchema>;
  /** Lets go of what the kind keeps for a datasource (a connection pool) once it changed or was deleted. */
  release?(ctx: KindContext, datasourceId: string): Promise<void>;
  /** Lets go of everything it keeps for the server of `ctx`, when it closes. */
  close?(ctx: KindContext): Promise<void>;
}
