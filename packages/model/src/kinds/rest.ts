import { z } from "zod";
import { displayNameSchema, idSchema, plainTextSchema } from "../identifier";
import { httpBodyFields, httpUrlSchema, presentedBase, presentedHttpFields } from "./httpFields";
import { modelKind } from "./modelKind";

/**
 * A REST datasource: calls go under `baseUrl`. `kind` is optional in the type only so that
 * bodies from before kinds (old clients, imports) type-check; parsing always sets it.
 */
export const restDatasourceBodySchema = z.object({
  kind: z.literal("rest").optional(),
  name: displayNameSchema,
  baseUrl: httpUrlSchema("base URL"),
  ...httpBodyFields,
});
export type RestDatasourceBody = z.infer<typeof restDatasourceBodySchema>;

export const restDatasourceSchema = z.object({
  ...presentedBase,
  kind: z.literal("rest"),
  baseUrl: z.string(),
  ...presentedHttpFields,
});
export type RestDatasource = z.infer<typeof restDatasourceSchema>;

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

/** REST: a base URL, headers (some secret) and a timeout; a query is method, path, params, headers and body. */
export const restModel = modelKind({
  kind: "rest",
  body: restDatasourceBodySchema,
  presented: restDatasourceSchema,
  query: restQueryConfigSchema,
  queryTexts: {
    empty: (datasourceId) => ({
      kind: "rest",
      datasourceId,
      method: "GET" as const,
      path: "",
      queryParams: [],
      headers: [],
      body: "",
    }),
    texts: (config) => [
      config.path,
      ...config.queryParams.flatMap((p) => [p.key, p.value]),
      ...config.headers.flatMap((h) => [h.key, h.value]),
      config.body,
    ],
    mapTexts: (config, fn) => ({
      ...config,
      path: fn(config.path),
      queryParams: config.queryParams.map((p) => ({ key: fn(p.key), value: fn(p.value) })),
      headers: config.headers.map((h) => ({ key: fn(h.key), value: fn(h.value) })),
      body: fn(config.body),
    }),
  },
});
