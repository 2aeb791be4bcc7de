import { z } from "zod";
import { displayNameSchema, idSchema, plainTextSchema } from "../identifier";
import { presentedBase } from "./httpFields";
import { modelKind } from "./modelKind";

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

/**
 * A stored SQL statement for a PostgreSQL datasource. Each `{{ }}` binding becomes a bind
 * parameter (`$1`, `$2`, ...), never text of the statement: write `WHERE name = {{Input1.text}}`,
 * not `'{{Input1.text}}'` (a binding inside a quoted literal is refused when it runs).
 */
export const postgresQueryConfigSchema = z.object({
  kind: z.literal("postgres"),
  datasourceId: idSchema.nullable(),
  sql: z.string().max(100_000).default(""),
});
export type PostgresQueryConfig = z.infer<typeof postgresQueryConfigSchema>;

/** PostgreSQL: a database reached with a user and a sealed password; a query is SQL. */
export const postgresModel = modelKind({
  kind: "postgres",
  body: postgresDatasourceBodySchema,
  presented: postgresDatasourceSchema,
  query: postgresQueryConfigSchema,
  queryTexts: {
    empty: (datasourceId) => ({ kind: "postgres", datasourceId, sql: "" }),
    texts: (config) => [config.sql],
    mapTexts: (config, fn) => ({ ...config, sql: fn(config.sql) }),
  },
});
