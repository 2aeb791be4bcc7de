import type { RestDatasourceBody } from "@tessera/model";
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
} from "./storedHeaders";

/** A REST datasource's config as stored: secret header values sealed. */
export const storedRestConfigSchema = z.object({
  kind: z.literal("rest"),
  baseUrl: z.string(),
  headers: storedHeadersSchema,
  timeoutMs: z.number(),
});
export type StoredRestConfig = z.infer<typeof storedRestConfigSchema>;

/** A REST datasource with its secrets decrypted: for outbound calls only, never for an answer. */
export interface RunnableRestDatasource extends OpenedBase {
  kind: "rest";
  baseUrl: string;
  headers: OpenedHeader[];
  timeoutMs: number;
}

/** How a REST datasource is stored: its secrets are the values of its secret headers, bound to the base URL's origin. */
export const restStorage: KindStorage<"rest", RestDatasourceBody, RunnableRestDatasource, StoredRestConfig> =
  {
    storedSchema: storedRestConfigSchema,
    origin: (config) => datasourceOrigin(config.baseUrl),
    storedOf: (body) => ({ kind: "rest", baseUrl: body.baseUrl, headers: [], timeoutMs: body.timeoutMs }),
    seal: (body, plain, previous, sealer) => ({
      ...plain,
      headers: sealHeaders(body.headers, previous?.headers, sealer),
    }),
    secrets: (config) => headerSecrets(config.headers),
    mapSecrets: (config, fn) => ({ ...config, headers: mapHeaderSecrets(config.headers, fn) }),
    open: (config, open) => ({
      kind: "rest",
      baseUrl: config.baseUrl,
      headers: openHeaders(config.headers, open),
      timeoutMs: config.timeoutMs,
    }),
    present: (config, opens) => ({
      kind: "rest",
      baseUrl: config.baseUrl,
      headers: presentHeaders(config.headers, opens),
      timeoutMs: config.timeoutMs,
    }),
  };
