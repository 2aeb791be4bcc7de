import type { Dialect, StoreDb } from "./dialect";
import type { AppSessionsRepository } from "./repositories/appSessions";
import type { AppsRepository } from "./repositories/apps";
import type { DatasourcesRepository } from "./repositories/datasources";
import type { DeploymentsRepository } from "./repositories/deployments";
import type { InvitationsRepository } from "./repositories/invitations";
import type { LimitsRepository } from "./repositories/limits";
import type { LocksRepository } from "./repositories/locks";
import type { PackagesRepository } from "./repositories/packages";
import type { PagesRepository } from "./repositories/pages";
import type { SessionsRepository } from "./repositories/sessions";
import type { SettingsRepository } from "./repositories/settings";
import type { UsageRepository } from "./repositories/usage";
import type { UsersRepository } from "./repositories/users";
import type { WorkspacesRepository } from "./repositories/workspaces";

/** What every repository factory receives: where to run (the store or a transaction) and the dialect. */
export interface RepositoryContext {
  db: StoreDb;
  dialect: Dialect;
}

/** One repository per resource, all bound to the same handle (the store, or one transaction). */
export interface Repositories {
  users: UsersRepository;
  sessions: SessionsRepository;
  /** Workspaces and their members. */
  workspaces: WorkspacesRepository;
  invitations: InvitationsRepository;
  datasources: DatasourcesRepository;
  /** Packages, their draft modules and published versions. */
  packages: PackagesRepository;
  apps: AppsRepository;
  pages: PagesRepository;
  deployments: DeploymentsRepository;
  /** Where packages are used, across pages and deployments. */
  usage: UsageRepository;
  /** `instance_settings`: small facts about the instance. */
  settings: SettingsRepository;
  /** Row locks for read-then-write transactions. */
  locks: LocksRepository;
  /** The counts behind the rate limits, shared by every process on the database. */
  limits: LimitsRepository;
  /** Visitors' app sessions (the vault), shared by every process on the database. */
  appSessions: AppSessionsRepository;
}

/**
 * The server's storage: SQLite (the embedded default) or PostgreSQL, behind one interface.
 * The repositories on the store itself run each statement on its own (autocommit); use
 * `transaction` whenever a check and a write must be atomic.
 *
 * Store version rule: `version()` changes after every committed write, in this process or
 * any other on the same database.
 * - SQLite reads it from the file (`PRAGMA data_version` + `total_changes()`), so every write
 *   counts, whatever issued it.
 * - PostgreSQL keeps a counter row (`store_version`) that the store itself bumps: a
 *   `transaction` that ran an INSERT, UPDATE or DELETE bumps it as its last statement before
 *   COMMIT (taken last, so it can never be part of a lock cycle); a write outside a
 *   transaction bumps it right after the write. Repositories do nothing for it, but a write
 *   must be written with Kysely's insertInto/updateTable/deleteFrom (a write hidden in a raw
 *   `sql` template is not seen).
 *
 * @example
 * await store.transaction(async (tx) => {
 *   await tx.locks.lockRow("packages", id);
 *   const pkg = await tx.packages.findById(id);
 *   ...
 * });
 */
export interface Store extends Repositories {
  readonly dialect: Dialect;
  /**
   * Runs `work` in one transaction (BEGIN IMMEDIATE on SQLite) with repositories bound to
   * it; commits when it resolves, rolls back when it throws. Await nothing but `tx` inside:
   * hash passwords and call out over HTTP before.
   */
  transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T>;
  /**
   * A value that differs after any committed write. Null while this process has a SQLite
   * transaction open (its writes may still roll back): read the store instead of a cache.
   */
  version(): Promise<string | null>;
  /** Applies pending migrations; returns the versions applied. */
  migrate(): Promise<number[]>;
  close(): Promise<void>;
}
