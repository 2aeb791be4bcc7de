import { z } from "zod";
import { displayNameSchema, plainTextSchema } from "./identifier";

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
function httpUrlSchema(field: string) {
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

const headersSchema = z.array(datasourceHeaderInputSchema).max(50).default([]);
const timeoutMsSchema = z.number().int().min(100).max(120_000).default(10_000);

/**
 * A REST datasource: calls go under `baseUrl`. `kind` is optional in the type only so that
 * bodies from before kinds (old clients, imports) type-check; parsing always sets it.
 */
export const restDatasourceBodySchema = z.object({
  kind: z.literal("rest").optional(),
  name: displayNameSchema,
  baseUrl: httpUrlSchema("base URL"),
  headers: headersSchema,
  timeoutMs: timeoutMsSchema,
});
export type RestDatasourceBody = z.infer<typeof restDatasourceBodySchema>;

/** How a PostgreSQL connection uses TLS, as libpq names it (`prefer` falls back to plain). */
export const postgresSslModeSchema = z.enum(["disable", "prefer", "require", "verify-full"]);
export type PostgresSslMode = z.infer<typeof postgresSslModeSchema>;

/** A host name or an IP address: no scheme, port, path or spaces (`db.internal`, `10.0.0.5`, `::1`). */
const hostSchema = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(253)
  .regex(/^[A-Za-z0-9.:_-]+$/, "must be a host name or an IP address, without scheme, port or path");

/**
 * A PostgreSQL datasource. `password` is a secret: write-only, sealed at rest and bound to
 * host, port and database; leaving it out on update keeps the stored one, `""` clears it.
 */
export const postgresDatasourceBodySchema = z.object({
  kind: z.literal("postgres"),
  name: displayNameSchema,
  host: hostSchema,
  port: z.number().int().min(1).max(65_535).default(5432),
  database: plainTextSchema(63).pipe(z.string().min(1, "must not be empty")),
  user: plainTextSchema(63).pipe(z.string().min(1, "must not be empty")),
  password: z.string().max(1024).optional(),
  sslMode: postgresSslModeSchema.default("prefer"),
  /** Runs every query in a READ ONLY transaction. */
  readOnly: z.boolean().default(false),
  statementTimeoutMs: z.number().int().min(100).max(600_000).default(10_000),
  /** Rows a query returns at most; past it the result says `truncated`. */
  rowCap: z.number().int().min(1).max(100_000).default(10_000),
});
export type PostgresDatasourceBody = z.infer<typeof postgresDatasourceBodySchema>;

/** A GraphQL datasource: queries POST to `endpoint` with the same headers (some secret) as REST. */
export const graphqlDatasourceBodySchema = z.object({
  kind: z.literal("graphql"),
  name: displayNameSchema,
  endpoint: httpUrlSchema("endpoint"),
  headers: headersSchema,
  timeoutMs: timeoutMsSchema,
});
export type GraphqlDatasourceBody = z.infer<typeof graphqlDatasourceBodySchema>;

/**
 * A datasource as an author writes it, told apart by `kind`. A body without one is REST: old
 * clients and files exported before kinds. A new kind is one more member here.
 */
export const datasourceBodySchema = z.preprocess(
  (value) =>
    value !== null && typeof value === "object" && !("kind" in value) ? { ...value, kind: "rest" } : value,
  z.discriminatedUnion("kind", [
    restDatasourceBodySchema,
    postgresDatasourceBodySchema,
    graphqlDatasourceBodySchema,
  ]),
);
export type DatasourceBody = z.infer<typeof datasourceBodySchema>;
export type DatasourceKindName = NonNullable<DatasourceBody["kind"]>;

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

const presentedBase = { id: z.string(), workspaceId: z.string(), name: z.string(), updatedAt: z.string() };

export const restDatasourceSchema = z.object({
  ...presentedBase,
  kind: z.literal("rest"),
  baseUrl: z.string(),
  headers: presentedHeadersSchema,
  timeoutMs: z.number(),
});
export type RestDatasource = z.infer<typeof restDatasourceSchema>;

export const postgresDatasourceSchema = z.object({
  ...presentedBase,
  kind: z.literal("postgres"),
  host: z.string(),
  port: z.number(),
  database: z.string(),
  user: z.string(),
  /** Whether a password is stored; the password itself never leaves the server. */
  hasPassword: z.boolean(),
  sslMode: postgresSslModeSchema,
  readOnly: z.boolean(),
  statementTimeoutMs: z.number(),
  rowCap: z.number(),
});
export type PostgresDatasource = z.infer<typeof postgresDatasourceSchema>;

export const graphqlDatasourceSchema = z.object({
  ...presentedBase,
  kind: z.literal("graphql"),
  endpoint: z.string(),
  headers: presentedHeadersSchema,
  timeoutMs: z.number(),
});
export type GraphqlDatasource = z.infer<typeof graphqlDatasourceSchema>;

/** A datasource as the API presents it: secret values never leave the server. */
export const datasourceSchema = z.discriminatedUnion("kind", [
  restDatasourceSchema,
  postgresDatasourceSchema,
  graphqlDatasourceSchema,
]);
export type Datasource = z.infer<typeof datasourceSchema>;

/**
 * The answer to replacing a datasource. `clearedSecrets` names the secrets sent without value
 * whose stored value was dropped because the datasource moved: a header's name when the base
 * URL or endpoint moved to another origin, `password` when a PostgreSQL host, port or
 * database changed.
 */
export const datasourceUpdateResultSchema = z.object({
  datasource: datasourceSchema,
  clearedSecrets: z.array(z.string()),
});
export type DatasourceUpdateResult = z.infer<typeof datasourceUpdateResultSchema>;

/** The answer of `POST /datasources/:id/test`, shown as is to the member testing it. */
export const datasourceTestResultSchema = z.object({
  ok: z.boolean(),
  /** The upstream's own HTTP status, for HTTP kinds. */
  status: z.number().optional(),
  message: z.string(),
});
export type DatasourceTestResult = z.infer<typeof datasourceTestResultSchema>;

/** The answer of `GET /datasources/:id/schema`: a SQL datasource's tables, for browsing and completion. */
export const databaseSchemaSchema = z.object({
  tables: z.array(
    z.object({
      schema: z.string(),
      name: z.string(),
      columns: z.array(z.object({ name: z.string(), type: z.string(), nullable: z.boolean() })),
    }),
  ),
});
export type DatabaseSchema = z.infer<typeof databaseSchemaSchema>;
