import type { RestDatasourceBody } from "@tessera/model";
import { z } from "zod";
import { datasourceOrigin } from "../../../datasources/datasourceOrigin";
import type { KindStorage, OpenedBase } from "../DatasourceKind";
import { headerSecretStorage, type OpenedHttpFields, storedHttpFields } from "./storedHeaders";

/** A REST datasource's config as stored: secret header values sealed. */
export const storedRestConfigSchema = z.object({
  kind: z.literal("rest"),
  baseUrl: z.string(),
  ...storedHttpFields,
});
export type StoredRestConfig = z.infer<typeof storedRestConfigSchema>;

/** A REST datasource with its secrets decrypted: for outbound calls only, never for an answer. */
export interface RunnableRestDatasource extends OpenedBase, OpenedHttpFields {
  kind: "rest";
  baseUrl: string;
}

/** How a REST datasource is stored: its secrets are the values of its secret headers, bound to the base URL's origin. */
export const restStorage: KindStorage<"rest", RestDatasourceBody, RunnableRestDatasource, StoredRestConfig> =
  {
    storedSchema: storedRestConfigSchema,
    origin: (config) => datasourceOrigin(config.baseUrl),
    storedOf: (body) => ({ kind: "rest", baseUrl: body.baseUrl, headers: [], timeoutMs: body.timeoutMs }),
    ...headerSecretStorage,
  };
