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
export const queryConfigSchema = z.object({
  datasourceId: idSchema.nullable(),
  method: httpMethodSchema.default("GET"),
  path: z.string().max(4096).default(""),
  queryParams: z.array(keyValueSchema).max(100).default([]),
  headers: z.array(keyValueSchema).max(100).default([]),
  /** Raw body text, usually JSON with bindings: `{ "email": {{inputs.email}} }`. */
  body: z.string().max(100_000).default(""),
});
export type QueryConfig = z.infer<typeof queryConfigSchema>;

/** A named input of a module, read in it as `{{inputs.name}}`. */
export const moduleInputSchema = z.object({
  name: identifierSchema,
  /** Used when the caller passes none; plain text, or a `{{ }}` binding evaluated in the module. */
  defaultValue: z.string().max(10_000).default(""),
});
export type ModuleInput = z.infer<typeof moduleInputSchema>;
