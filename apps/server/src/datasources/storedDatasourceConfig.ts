import { postgresSslModeSchema } from "@tessera/model";
import { z } from "zod";
import type { StoredHeader } from "./storedHeader";

const storedHeaderSchema: z.ZodType<StoredHeader> = z.object({
  name: z.string(),
  secret: z.boolean(),
  value: z.string().optional(),
  sealed: z.string().optional(),
});

/**
 * A datasource's config as stored in `datasources.config_json` (its `kind` also in the `kind`
 * column): the author's fields with every secret sealed (AES-256-GCM, see SecretBox) for the
 * datasource and its origin. A new kind is one member here and its entry in `storedKinds`.
 */
export const storedDatasourceConfigSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("rest"),
    baseUrl: z.string(),
    headers: z.array(storedHeaderSchema),
    timeoutMs: z.number(),
  }),
  z.object({
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
  }),
  z.object({
    kind: z.literal("graphql"),
    endpoint: z.string(),
    headers: z.array(storedHeaderSchema),
    timeoutMs: z.number(),
  }),
]);
export type StoredDatasourceConfig = z.infer<typeof storedDatasourceConfigSchema>;

/** One sealed secret of a stored config, named as `clearedSecrets` and error messages name it. */
export interface StoredSecret {
  name: string;
  sealed: string;
}

type Of<K extends StoredDatasourceConfig["kind"]> = Extract<StoredDatasourceConfig, { kind: K }>;

interface StoredKind<C extends StoredDatasourceConfig> {
  /**
   * Where the datasource's calls go: what its secrets are bound to and what a deployment
   * records. Moving it elsewhere drops the kept secrets and stops deployed queries.
   */
  origin: (config: C) => string;
  /** Its sealed secrets. */
  secrets: (config: C) => StoredSecret[];
  /** The config with each sealed secret replaced by `fn` of it (re-sealing under a new key). */
  mapSecrets: (config: C, fn: (secret: StoredSecret) => string) => C;
}

const headerSecrets = (headers: StoredHeader[]): StoredSecret[] =>
  headers.flatMap((h) => (h.secret && h.sealed ? [{ name: h.name, sealed: h.sealed }] : []));
const mapHeaderSecrets = (headers: StoredHeader[], fn: (secret: StoredSecret) => string) =>
  headers.map((h) => (h.secret && h.sealed ? { ...h, sealed: fn({ name: h.name, sealed: h.sealed }) } : h));

const storedKinds: { [K in StoredDatasourceConfig["kind"]]: StoredKind<Of<K>> } = {
  rest: {
    origin: (config) => new URL(config.baseUrl).origin,
    secrets: (config) => headerSecrets(config.headers),
    mapSecrets: (config, fn) => ({ ...config, headers: mapHeaderSecrets(config.headers, fn) }),
  },
  postgres: {
    // Host names are case-insensitive; the database is part of where the password is good.
    origin: (config) =>
      `postgres://${config.host.toLowerCase()}:${config.port}/${encodeURIComponent(config.database)}`,
    secrets: (config) => (config.passwordSealed ? [{ name: "password", sealed: config.passwordSealed }] : []),
    mapSecrets: (config, fn) =>
      config.passwordSealed
        ? { ...config, passwordSealed: fn({ name: "password", sealed: config.passwordSealed }) }
        : config,
  },
  graphql: {
    origin: (config) => new URL(config.endpoint).origin,
    secrets: (config) => headerSecrets(config.headers),
    mapSecrets: (config, fn) => ({ ...config, headers: mapHeaderSecrets(config.headers, fn) }),
  },
};

function entryOf<C extends StoredDatasourceConfig>(config: C): StoredKind<C> {
  return storedKinds[config.kind] as unknown as StoredKind<C>;
}

/** The origin of a stored config (`https://api.example.com`, `postgres://db:5432/app`). */
export function storedConfigOrigin(config: StoredDatasourceConfig): string {
  return entryOf(config).origin(config);
}

/** The sealed secrets of a stored config. */
export function storedConfigSecrets(config: StoredDatasourceConfig): StoredSecret[] {
  return entryOf(config).secrets(config);
}

/** The stored config with each sealed secret replaced by `fn` of it. */
export function mapStoredConfigSecrets<C extends StoredDatasourceConfig>(
  config: C,
  fn: (secret: StoredSecret) => string,
): C {
  return entryOf(config).mapSecrets(config, fn);
}
