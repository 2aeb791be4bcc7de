import { z } from "zod";
import { identifierSchema, idSchema, plainTextSchema } from "./identifier";

export const httpMethodSchema = z.enum(["GET", "POST", "PUT", "PATCH", "DELETE"]);
export type HttpMethod = z.infer<typeof httpMethodSchema>;

/** A query parameter or header: the key is a name (no control characters), the value free text. */
const keyValueSchema = z.object({ key: plainTextSchema(256), value: z.string().max(8192) });

/**
 * A stored REST call. Every string may hold `{{ }}` bindings; the browser evaluates them and
 * sends only the values, the server substitutes them by context (see apps/server execution).
 */
export const restQueryConfigSchema = z.object({
  /**
   * Always set by parsing (see queryConfigSchema). Optional in the type only so that REST
   * configs the server's execution still builds by hand, from before kinds, type-check.
   */
  kind: z.literal("rest").optional(),
  datasourceId: idSchema.nullable(),
  method: httpMethodSchema.default("GET"),
  path: z.string().max(4096).default(""),
  queryParams: z.array(keyValueSchema).max(100).default([]),
  headers: z.array(keyValueSchema).max(100).default([]),
  /** Raw body text, usually JSON with bindings: `{ "email": {{inputs.email}} }`. */
  body: z.string().max(100_000).default(""),
});
export type RestQueryConfig = z.infer<typeof restQueryConfigSchema>;

/**
 * A stored SQL statement for a PostgreSQL datasource. Each `{{ }}` binding becomes a bind
 * parameter (`$1`, `$2`, ...), never text of the statement: write `WHERE name = {{Input1.text}}`,
 * not `'{{Input1.text}}'` (a binding inside a quoted literal is refused when it runs).
 */
export const postgresQueryConfigSchema = z.object({
  kind: z.literal("postgres"),
  datasourceId: idSchema.nullable(),
  sql: z.string().max(100_000).default(""),
});
export type PostgresQueryConfig = z.infer<typeof postgresQueryConfigSchema>;

/**
 * A stored GraphQL operation. `query` is sent as written (no bindings); `variables` is a JSON
 * document whose values may be `{{ }}` bindings, substituted as JSON values:
 * `{ "email": {{Input1.text}} }`.
 */
export const graphqlQueryConfigSchema = z.object({
  kind: z.literal("graphql"),
  datasourceId: idSchema.nullable(),
  query: z.string().max(100_000).default(""),
  variables: z.string().max(100_000).default(""),
});
export type GraphqlQueryConfig = z.infer<typeof graphqlQueryConfigSchema>;

/**
 * A stored query of any datasource kind, told apart by `kind`. Configs stored before kinds
 * existed have none and are REST: the one migration, here, so old page docs, module bodies
 * and deployment snapshots keep loading. A new kind is one more member here and its entry in
 * queryKinds.ts.
 */
export const queryConfigSchema = z.preprocess(
  (value) =>
    value !== null && typeof value === "object" && !("kind" in value) ? { ...value, kind: "rest" } : value,
  z.discriminatedUnion("kind", [restQueryConfigSchema, postgresQueryConfigSchema, graphqlQueryConfigSchema]),
);
export type QueryKind = NonNullable<QueryConfig["kind"]>;
export type QueryConfig = z.infer<typeof queryConfigSchema>;

/** A named input of a module, read in it as `{{inputs.name}}`. */
export const moduleInputSchema = z.object({
  name: identifierSchema,
  /** Used when the caller passes none; plain text, or a `{{ }}` binding evaluated in the module. */
  defaultValue: z.string().max(10_000).default(""),
});
export type ModuleInput = z.infer<typeof moduleInputSchema>;
