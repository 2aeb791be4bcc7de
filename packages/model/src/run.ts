import { z } from "zod";
import { identifierSchema, idSchema } from "./identifier";
import { vaultStateSchema } from "./vault";

/** Evaluated binding values, keyed by the binding's expression text (`inputs.email`). */
export const bindingValuesSchema = z.record(z.string().max(10_000), z.unknown());

/**
 * A module query's input values as the browser resolved them (instance values over defaults,
 * a run's params over both), by input name: the server checks them against the input types.
 */
const runInputsSchema = z.record(z.string().max(100), z.unknown()).optional();

/** What every run sends: the query it names, the evaluated values and the module inputs. */
const runFields = {
  query: identifierSchema,
  values: bindingValuesSchema.default({}),
  inputs: runInputsSchema,
};

/** A run of a query of an app's page, a deployed one or a draft. */
const pageRunFields = {
  appId: idSchema,
  pageId: idSchema,
  instance: identifierSchema.optional(),
  ...runFields,
};

/**
 * Runs a stored query. The browser names the query and sends evaluated values, never a config.
 * - deployment: a viewer runs a query of the latest deployment of an app.
 * - draft: a member runs a query of an app's draft page.
 * - package: a member runs a query module of a package version, or of the draft (version null).
 * `instance` names a module instance on the page (`Login1`): `query` is then a query module
 * of the package version that instance is pinned to.
 */
export const runBodySchema = z.discriminatedUnion("scope", [
  z.object({ scope: z.literal("deployment"), ...pageRunFields }),
  z.object({ scope: z.literal("draft"), ...pageRunFields }),
  z.object({
    scope: z.literal("package"),
    packageId: idSchema,
    version: z.number().int().min(1).nullable(),
    ...runFields,
  }),
]);
export type RunBody = z.infer<typeof runBodySchema>;

/** The answer of a run that reached the upstream; 4xx/5xx upstream answers are data. */
export const runResultSchema = z.object({
  ok: z.boolean(),
  status: z.number(),
  headers: z.record(z.string(), z.string()),
  body: z.unknown(),
  durationMs: z.number(),
  /** Set when the query reads or keeps vault values: the vault's key names after the run. */
  vault: vaultStateSchema.optional(),
});
export type RunResult = z.infer<typeof runResultSchema>;

/**
 * The `body` of a SQL datasource's run result. At most the datasource's row cap of rows come
 * back; `truncated` says the statement had more. `rowCount` is the count PostgreSQL reports
 * (rows affected by an UPDATE, rows returned, before the cap).
 */
export const sqlRunResultSchema = z.object({
  rows: z.array(z.record(z.string(), z.unknown())),
  /** Columns in the statement's order; `type` is the PostgreSQL type name (`text`, `int4`). */
  fields: z.array(z.object({ name: z.string(), type: z.string() })),
  rowCount: z.number().nullable(),
  truncated: z.boolean(),
});
export type SqlRunResult = z.infer<typeof sqlRunResultSchema>;
