import type { GraphqlDatasourceBody } from "@tessera/model";
import { z } from "zod";
import { datasourceOrigin } from "../../../datasources/datasourceOrigin";
import type { KindStorage, OpenedBase } from "../DatasourceKind";
import { headerSecretStorage, type OpenedHttpFields, storedHttpFields } from "../rest/storedHeaders";

/** A GraphQL datasource's config as stored: secret header values sealed. */
export const storedGraphqlConfigSchema = z.object({
  kind: z.literal("graphql"),
  endpoint: z.string(),
  ...storedHttpFields,
});
export type StoredGraphqlConfig = z.infer<typeof storedGraphqlConfigSchema>;

/** A GraphQL datasource with its secrets decrypted: for outbound calls only, never for an answer. */
export interface RunnableGraphqlDatasource extends OpenedBase, OpenedHttpFields {
  kind: "graphql";
  endpoint: string;
}

/** How a GraphQL datasource is stored: its secrets are the values of its secret headers, bound to the endpoint's origin. */
export const graphqlStorage: KindStorage<
  "graphql",
  GraphqlDatasourceBody,
  RunnableGraphqlDatasource,
  StoredGraphqlConfig
> = {
  storedSchema: storedGraphqlConfigSchema,
  origin: (config) => datasourceOrigin(config.endpoint),
  storedOf: (body) => ({ kind: "graphql", endpoint: body.endpoint, headers: [], timeoutMs: body.timeoutMs }),
  ...headerSecretStorage,
};
