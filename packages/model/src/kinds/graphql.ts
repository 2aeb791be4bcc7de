import { z } from "zod";
import { displayNameSchema, idSchema } from "../identifier";
import { httpBodyFields, httpUrlSchema, presentedBase, presentedHttpFields } from "./httpFields";
import { modelKind } from "./modelKind";

/** A GraphQL datasource: queries POST to `endpoint` with the same headers (some secret) as REST. */
export const graphqlDatasourceBodySchema = z.object({
  kind: z.literal("graphql"),
  name: displayNameSchema,
  endpoint: httpUrlSchema("endpoint"),
  ...httpBodyFields,
});
export type GraphqlDatasourceBody = z.infer<typeof graphqlDatasourceBodySchema>;

export const graphqlDatasourceSchema = z.object({
  ...presentedBase,
  kind: z.literal("graphql"),
  endpoint: z.string(),
  ...presentedHttpFields,
});
export type GraphqlDatasource = z.infer<typeof graphqlDatasourceSchema>;

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

/** GraphQL: an endpoint with REST's headers; a query is an operation and a variables document. */
export const graphqlModel = modelKind({
  kind: "graphql",
  body: graphqlDatasourceBodySchema,
  presented: graphqlDatasourceSchema,
  query: graphqlQueryConfigSchema,
  queryTexts: {
    empty: (datasourceId) => ({ kind: "graphql", datasourceId, query: "", variables: "" }),
    // The operation text takes no bindings (a value there could change the operation): only
    // the variables document does.
    texts: (config) => [config.variables],
    mapTexts: (config, fn) => ({ ...config, variables: fn(config.variables) }),
  },
});
