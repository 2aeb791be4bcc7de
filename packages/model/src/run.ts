import { z } from "zod";
import { identifierSchema, idSchema } from "./identifier";

/** Evaluated binding values, keyed by the binding's expression text (`inputs.email`). */
export const bindingValuesSchema = z.record(z.string().max(10_000), z.unknown());

/**
 * Runs a stored query. The browser names the query and sends evaluated values, never a config.
 * - deployment: a viewer runs a query of the latest deployment of an app.
 * - draft: a member runs a query of an app's draft page.
 * - package: a member runs a query module of a package version, or of the draft (version null).
 * `instance` names a module instance on the page (`Login1`): `query` is then a query module
 * of the package version that instance is pinned to.
 */
export const runBodySchema = z.discriminatedUnion("scope", [
  z.object({
    scope: z.literal("deployment"),
    appId: idSchema,
    pageId: idSchema,
    instance: identifierSchema.optional(),
    query: identifierSchema,
    values: bindingValuesSchema.default({}),
  }),
  z.object({
    scope: z.literal("draft"),
    appId: idSchema,
    pageId: idSchema,
    instance: identifierSchema.optional(),
    query: identifierSchema,
    values: bindingValuesSchema.default({}),
  }),
  z.object({
    scope: z.literal("package"),
    packageId: idSchema,
    version: z.number().int().min(1).nullable(),
    query: identifierSchema,
    values: bindingValuesSchema.default({}),
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
