import type { GraphqlDatasourceBody } from "@tessera/model";
import { z } from "zod";
import { datasourceOrigin } from "../../../datasources/datasourceOrigin";
import type { KindStorage, OpenedBase } from "../DatasourceKind";
import {
  headerSecrets,
  mapHeaderSecrets,
  type OpenedHeader,
  openHeaders,
  presentHeaders,
  sealHeaders,
  storedHeadersSchema,
} from "../rest/storedHeaders";

/** A GraphQL datasource's config as stored: secret header values sealed. */
export const storedGraphqlConfigSchema = z.object({
  kind: z.literal("graphql"),
  endpoint: z.string(),
  headers: storedHeadersSchema,
  timeoutMs: z.number(),
});
export type StoredGraphqlConfig = z.infer<typeof storedGraphqlConfigSchema>;

/** A GraphQL datasource with its secrets decrypted: for outbound calls only, never for an answer. */
export interface RunnableGraphqlDatasource extends OpenedBase {
  kind: "graphql";
  endpoint: string;
  headers: OpenedHeader[];
  timeoutMs: number;
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
  seal: (body, plain, previous, sealer) => ({
    ...plain,
    headers: sealHeaders(body.headers, previous?.headers, sealer),
  }),
  secrets: (config) => headerSecrets(config.headers),
  mapSecrets: (config, fn) => ({ ...config, headers: mapHeaderSecrets(config.headers, fn) }),
  open: (config, open) => ({
    kind: "graphql",
    endpoint: config.endpoint,
    headers: openHeaders(config.headers, open),
    timeoutMs: config.timeoutMs,
  }),
  present: (config, opens) => ({
    kind: "graphql",
    endpoint: config.endpoint,
    headers: presentHeaders(config.headers, opens),
    timeoutMs: config.timeoutMs,
  }),
};
