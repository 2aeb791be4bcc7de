import { z } from "zod";

/** The fields every presented datasource has, whatever its kind. */
export const presentedBase = {
  id: z.string(),
  workspaceId: z.string(),
  name: z.string(),
  updatedAt: z.string(),
};

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

/** An http(s) URL that calls go to; `field` names it in the error about credentials. */
export function httpUrlSchema(field: string) {
  return (
    z
      .string()
      .max(2048)
      .pipe(z.url({ protocol: /^https?$/, error: "must be an http or https URL" }))
      // Calls go to the URL's origin, which a user name or password is not part of: saved,
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
          error: `must not hold a user name or password (user:password@) in the ${field}; send credentials in a secret header`,
        },
      )
  );
}

/** The headers of an HTTP datasource (REST, GraphQL), some secret. */
const headersSchema = z.array(datasourceHeaderInputSchema).max(50).default([]);
/** How long an HTTP datasource's call may take. */
const timeoutMsSchema = z.number().int().min(100).max(120_000).default(10_000);

/** A header as presented: secret values never leave the server. */
const presentedHeadersSchema = z.array(
  z.object({
    name: z.string(),
    secret: z.boolean(),
    /** Present only for non-secret headers. */
    value: z.string().optional(),
    hasValue: z.boolean(),
  }),
);

/**
 * What an HTTP datasource's body has beside the URL each kind names its own way (REST's
 * baseUrl, GraphQL's endpoint): headers, some secret, and a timeout.
 */
export const httpBodyFields = { headers: headersSchema, timeoutMs: timeoutMsSchema };

/** What a presented HTTP datasource has beside its URL. */
export const presentedHttpFields = { headers: presentedHeadersSchema, timeoutMs: z.number() };
