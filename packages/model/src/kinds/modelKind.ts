import type { z } from "zod";

/** A query config as the functions over configs see it: the kind and the datasource it runs on. */
type AnyQueryConfig = { kind?: string; datasourceId: string | null };

/** What the functions over query configs need to know of one kind (see queryKinds.ts). */
export interface QueryTexts<C extends AnyQueryConfig> {
  /** The config a new query of this kind starts from. */
  empty: (datasourceId: string | null) => C;
  /** Every text that may hold `{{ }}` bindings, in a fixed reading order. */
  texts: (config: C) => string[];
  /** The config with each of those texts replaced by `fn` of it. */
  mapTexts: (config: C, fn: (text: string) => string) => C;
}

/**
 * Everything the model knows of one datasource kind, in its own file under kinds/: the body
 * an author sends, the datasource as the API presents it (no secret values), the stored query
 * config and the walker of its `{{ }}` texts. kinds/index.ts builds the unions from these; the
 * schemas keep their own types, so the unions stay discriminated on `kind`.
 *
 * @example export const postgresModel = modelKind({ kind: "postgres", body, presented, query, queryTexts });
 */
export function modelKind<
  Name extends string,
  Body extends z.ZodObject<{ kind: z.ZodType<Name | undefined> }>,
  Presented extends z.ZodObject<{ kind: z.ZodLiteral<Name> }>,
  Query extends z.ZodObject<{ kind: z.ZodType<Name | undefined>; datasourceId: z.ZodType<string | null> }>,
>(entry: {
  /** The stable name stored with a datasource and a query (`"rest"`). */
  kind: Name;
  /** The datasource as an author writes it (secrets in clear, write-only). */
  body: Body;
  /** The datasource as the API presents it: secret values never leave the server. */
  presented: Presented;
  /** A stored query of this kind; its texts may hold `{{ }}` bindings the browser evaluates. */
  query: Query;
  queryTexts: QueryTexts<z.output<Query>>;
}) {
  return entry;
}
