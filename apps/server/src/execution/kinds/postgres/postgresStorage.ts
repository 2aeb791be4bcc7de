import { type PostgresDatasourceBody, type PostgresSslMode, postgresSslModeSchema } from "@tessera/model";
import { z } from "zod";
import type { KindStorage, OpenedBase } from "../DatasourceKind";

/** A PostgreSQL datasource's config as stored: the password sealed. */
export const storedPostgresConfigSchema = z.object({
  kind: z.literal("postgres"),
  host: z.string(),
  port: z.number(),
  database: z.string(),
  user: z.string(),
  /** The sealed password; absent when none is stored. */
  passwordSealed: z.string().optional(),
  sslMode: postgresSslModeSchema,
  readOnly: z.boolean(),
  statementTimeoutMs: z.number(),
  rowCap: z.number(),
});
export type StoredPostgresConfig = z.infer<typeof storedPostgresConfigSchema>;

/** A PostgreSQL datasource with its password decrypted (null when none is stored). */
export interface RunnablePostgresDatasource extends OpenedBase {
  kind: "postgres";
  host: string;
  port: number;
  database: string;
  user: string;
  password: string | null;
  sslMode: PostgresSslMode;
  readOnly: boolean;
  statementTimeoutMs: number;
  rowCap: number;
}

/**
 * How a PostgreSQL datasource is stored: its one secret is the password, bound to host, port
 * and database. A password sent as `""` removes the stored one.
 */
export const postgresStorage: KindStorage<
  "postgres",
  PostgresDatasourceBody,
  RunnablePostgresDatasource,
  StoredPostgresConfig
> = {
  storedSchema: storedPostgresConfigSchema,
  // Host names are case-insensitive; the database is part of where the password is good.
  origin: (config) =>
    `postgres://${config.host.toLowerCase()}:${config.port}/${encodeURIComponent(config.database)}`,
  storedOf: ({ name: _name, password: _password, ...config }) => config,
  seal: (body, plain, previous, sealer) => {
    const passwordSealed =
      body.password !== undefined
        ? body.password === ""
          ? undefined
          : sealer.seal(body.password)
        : sealer.keep("password", previous?.passwordSealed);
    return { ...plain, ...(passwordSealed ? { passwordSealed } : {}) };
  },
  secrets: (config) => (config.passwordSealed ? [{ name: "password", sealed: config.passwordSealed }] : []),
  mapSecrets: (config, fn) =>
    config.passwordSealed
      ? { ...config, passwordSealed: fn({ name: "password", sealed: config.passwordSealed }) }
      : config,
  open: ({ passwordSealed, ...config }, open) => ({
    ...config,
    password: passwordSealed ? open("password", passwordSealed) : null,
  }),
  present: ({ passwordSealed, ...config }, opens) => ({
    kind: "postgres",
    host: config.host,
    port: config.port,
    database: config.database,
    user: config.user,
    hasPassword: opens(passwordSealed),
    sslMode: config.sslMode,
    readOnly: config.readOnly,
    statementTimeoutMs: config.statementTimeoutMs,
    rowCap: config.rowCap,
  }),
};
