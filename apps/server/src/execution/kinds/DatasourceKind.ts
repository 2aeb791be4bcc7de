import type { DatabaseSchema, Datasource, DatasourceTestResult, RunResult } from "@tessera/model";
import type { Logger } from "pino";
import type { ZodType } from "zod";
import type { AddressPolicy } from "../addressPolicy";
import type { OutboundClient } from "../createOutboundClient";

/** Evaluated binding values sent by the browser, keyed by expression text (`inputs.email`). */
export type BindingValues = Record<string, unknown>;

/**
 * The services every kind shares, made once when the routes start: nothing in it is built per
 * run, so a run costs a registry lookup and the kind's own work.
 */
export interface KindContext {
  /** The checked HTTP client (address policy at connect time, keep-alive pool): HTTP kinds call through it. */
  client: OutboundClient;
  /** The same policy on its own, for kinds that open their own sockets (a database pool checks it at connect). */
  policy: AddressPolicy;
  /** Names and numbers only: values, headers and bodies may carry credentials. */
  logger: Logger;
}

/**
 * A stored field whose value is a secret: sealed at rest, write-only over the API, opened only
 * for a run. `path` names it in the author's config (`headers[].value`), `when` the flag that
 * makes an entry secret if not every entry is (`headers[].secret`).
 */
export interface SecretField {
  path: string;
  when?: string;
  description: string;
}

/** One sealed secret of a stored config, named as `clearedSecrets` and error messages name it. */
export interface StoredSecret {
  name: string;
  sealed: string;
}

/** What every datasource opened for a run has, whatever its kind. */
export interface OpenedBase {
  id: string;
  workspaceId: string;
  name: string;
  /** Where its calls go (the kind's `origin` of its stored config): what a deployment recorded. */
  origin: string;
}

/**
 * Decrypts a sealed secret of the datasource being opened; `what` names it in the 409
 * `secret_unreadable` it throws when the value does not open (`the password`).
 */
export type OpenSecret = (what: string, sealed: string) => string;

/** What a kind seals its secrets with, for the datasource being saved and the origin it names. */
export interface SecretSealer {
  /** Seals a value the author sent, for this datasource and its origin. */
  seal(value: string): string;
  /**
   * The stored sealed value of a secret sent without value (`previousSealed`, undefined when
   * there is none): kept while the datasource stays at its origin, else dropped and `name`
   * reported in `clearedSecrets`.
   */
  keep(name: string, previousSealed: string | undefined): string | undefined;
}

/** A presented datasource's fields of its kind: what `present` adds to id, workspace, name and time. */
export type PresentedFields<Name extends string> = Omit<
  Extract<Datasource, { kind: Name }>,
  "id" | "workspaceId" | "name" | "updatedAt"
>;

/** The answer to "does this datasource answer?": shown as is to the developer testing it. */
export type { DatasourceTestResult } from "@tessera/model";

/**
 * One kind of datasource (REST, PostgreSQL, GraphQL): everything the server knows about running
 * it sits in `kinds/<kind>/` behind this interface, and callers go through the registry, never
 * a kind's files. `Stored` is its config as `datasources.config_json` holds it (secrets
 * sealed), `Opened` the datasource as a run gets it, secrets decrypted (its member of
 * `RunnableDatasource`). The store-side code (sealing, opening, presenting, re-sealing,
 * origins) is generic over these members and never names a kind.
 *
 * @example const result = await executeStoredQuery(ctx, datasource, config, values);
 */
export interface DatasourceKind<
  Name extends string,
  Config,
  Query,
  Request,
  Opened extends OpenedBase & { kind: Name },
  Stored extends { kind: Name },
> {
  /** The stable name stored with a datasource and a query (`"rest"`). */
  kind: Name;
  /** The datasource's config as an author writes it (secrets in clear, before sealing). */
  configSchema: ZodType<Config>;
  /** Which config fields are secrets, so storage seals them and presenters leave them out. */
  secretFields: readonly SecretField[];
  /** The stored config (secrets sealed), checked whenever a datasource row is read. */
  storedSchema: ZodType<Stored>;
  /**
   * Where the datasource's calls go: what its secrets are bound to and what a deployment
   * records (`https://api.example.com`). Moving it elsewhere drops the kept secrets and stops
   * deployed queries.
   */
  origin(stored: Stored): string;
  /** The author's config as stored, before any secret is sealed (the origin is read from it). */
  storedOf(body: Config): Stored;
  /**
   * The stored config of `body` with its secrets sealed: a value sent is sealed, a secret sent
   * without value is `keep`'s answer for the one in `previous` (the stored config when it is
   * of this kind, else null).
   */
  seal(body: Config, plain: Stored, previous: Stored | null, sealer: SecretSealer): Stored;
  /** Its sealed secrets. */
  secrets(stored: Stored): StoredSecret[];
  /** The config with each sealed secret replaced by `fn` of it (re-sealing under a new key). */
  mapSecrets(stored: Stored, fn: (secret: StoredSecret) => string): Stored;
  /** Its fields as a run gets them, secrets decrypted with `open`. */
  open(stored: Stored, open: OpenSecret): Omit<Opened, keyof OpenedBase>;
  /** Its fields as the API presents them: secrets only say whether they hold a value that `opens`. */
  present(stored: Stored, opens: (sealed: string | undefined) => boolean): PresentedFields<Name>;
  /**
   * Puts the browser's values into a stored query, each by its context, so a value can never
   * change the shape of the call (REST: encoded path, JSON body; SQL: bind parameters).
   */
  substitute(query: Query, values: BindingValues): Request;
  /** Runs a stored query against the datasource, secrets opened; rejects with an ApiError when no answer came. */
  execute(ctx: KindContext, datasource: Opened, query: Query, values: BindingValues): Promise<RunResult>;
  /** A cheap call that says whether the datasource answers; failures are results, not throws. */
  test(ctx: KindContext, datasource: Opened): Promise<DatasourceTestResult>;
  /** The tables and columns a SQL datasource holds (schema browser, completion); absent for other kinds. */
  schema?(ctx: KindContext, datasource: Opened): Promise<DatabaseSchema>;
  /** Lets go of what the kind keeps for a datasource (a connection pool) once it changed or was deleted. */
  release?(ctx: KindContext, datasourceId: string): Promise<void>;
  /** Lets go of everything it keeps for the server of `ctx`, when it closes. */
  close?(ctx: KindContext): Promise<void>;
}

/**
 * The members of a kind that storage calls (sealing, opening, presenting, re-sealing,
 * origins), for a kind that keeps them in a file of their own beside its kind object.
 */
export type KindStorage<
  Name extends string,
  Config,
  Opened extends OpenedBase & { kind: Name },
  Stored extends { kind: Name },
> = Pick<
  DatasourceKind<Name, Config, unknown, unknown, Opened, Stored>,
  "storedSchema" | "origin" | "storedOf" | "seal" | "secrets" | "mapSecrets" | "open" | "present"
>;
