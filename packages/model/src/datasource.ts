import { z } from "zod";
import { displayNameSchema } from "./identifier";

const headerNameSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/, "must be a valid HTTP header name");

/**
 * A datasource header as an author writes it. For a secret header, leaving `value` out
 * on update keeps the stored value: secrets are write-only.
 */
export const datasourceHeaderInputSchema = z.object({
  name: headerNameSchema,
  value: z.string().max(8192).optional(),
  secret: z.boolean().default(false),
});

export const datasourceBodySchema = z.object({
  name: displayNameSchema,
  baseUrl: z
    .string()
    .max(2048)
    .pipe(z.url({ protocol: /^https?$/, error: "must be an http or https URL" }))
    // Calls go to the base URL's origin, which a user name or password is not part of: saved,
    // every call would then fail on the origin check. Credentials belong in a secret header.
    .refine(
      (url) => {
        try {
          const parsed = new URL(url);
          return parsed.username === "" && parsed.password === "";
        } catch {
          return true; // not a URL: z.url has said so already
        }
      },
      {
        error: "must not hold a user name or password (user:password@); send credentials in a secret header",
      },
    ),
  headers: z.array(datasourceHeaderInputSchema).max(50).default([]),
  timeoutMs: z.number().int().min(100).max(120_000).default(10_000),
});
export type DatasourceBody = z.infer<typeof datasourceBodySchema>;

/** A datasource as the API presents it: secret values never leave the server. */
export const datasourceSchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  name: z.string(),
  baseUrl: z.string(),
  headers: z.array(
    z.object({
      name: z.string(),
      secret: z.boolean(),
      /** Present only for non-secret headers. */
      value: z.string().optional(),
      hasValue: z.boolean(),
    }),
  ),
  timeoutMs: z.number(),
  updatedAt: z.string(),
});
export type Datasource = z.infer<typeof datasourceSchema>;

/**
 * The answer to replacing a datasource. `clearedSecrets` names the secret headers sent without
 * value whose stored value was dropped because the base URL moved to another origin.
 */
export const datasourceUpdateResultSchema = z.object({
  datasource: datasourceSchema,
  clearedSecrets: z.array(z.string()),
});
export type DatasourceUpdateResult = z.infer<typeof datasourceUpdateResultSchema>;
