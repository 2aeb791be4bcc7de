import type { ColumnType } from "kysely";

/**
 * The tables as stored, one interface per table, columns in snake_case as in the migrations.
 * Booleans are INTEGER 0/1 and timestamps ISO TEXT in both dialects; epoch milliseconds are
 * BIGINT on PostgreSQL, parsed to number. JSON documents are TEXT: decode them only through
 * `documents.ts`.
 */
export interface Schema {
  users: UsersTable;
  sessions: SessionsTable;
  workspaces: WorkspacesTable;
  members: MembersTable;
  datasources: DatasourcesTable;
  packages: PackagesTable;
  modules: ModulesTable;
  package_versions: PackageVersionsTable;
  apps: AppsTable;
  pages: PagesTable;
  deployments: DeploymentsTable;
  deployment_packages: DeploymentPackagesTable;
  invitations: InvitationsTable;
  instance_settings: InstanceSettingsTable;
  rate_limits: RateLimitsTable;
  migrations: MigrationsTable;
  /** PostgreSQL only: the counter behind `store.version()`. */
  store_version: StoreVersionTable;
}

/** A role as the CHECK constraint of `members` and `invitations` allows it. */
export type StoredRole = "admin" | "developer" | "viewer";

/** 0 or 1: the stored form of a boolean in both dialects. */
export type StoredFlag = ColumnType<number, number | undefined, number>;

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  is_instance_admin: StoredFlag;
  created_at: string;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  /** Epoch milliseconds. */
  expires_at: number;
}

export interface WorkspacesTable {
  id: string;
  name: string;
  created_at: string;
  updated_at: string;
}

export interface MembersTable {
  workspace_id: string;
  user_id: string;
  role: StoredRole;
  created_at: string;
}

export interface DatasourcesTable {
  id: string;
  workspace_id: string;
  name: string;
  /** The datasource's kind (`rest`, `postgres`, `graphql`), also inside config_json. */
  kind: string;
  config_json: string;
  created_at: string;
  updated_at: string;
}

export interface PackagesTable {
  id: string;
  workspace_id: string;
  name: string;
  latest_version: number | null;
  draft_revision: ColumnType<number, number | undefined, number>;
  published_draft_revision: ColumnType<number, number | undefined, number>;
  created_at: string;
  updated_at: string;
}

export interface ModulesTable {
  id: string;
  package_id: string;
  name: string;
  body_json: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

export interface PackageVersionsTable {
  package_id: string;
  version: number;
  published_at: string;
  published_by: string | null;
  modules_json: string;
}

export interface AppsTable {
  id: string;
  workspace_id: string;
  name: string;
  slug: string;
  is_public: StoredFlag;
  latest_deployment: number | null;
  created_at: string;
  updated_at: string;
  /** The app settings document; '{}' for the defaults. */
  settings_json: ColumnType<string, string | undefined, string>;
}

export interface PagesTable {
  id: string;
  app_id: string;
  name: string;
  slug: string;
  sort_order: number;
  is_home: StoredFlag;
  doc_json: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

export interface DeploymentsTable {
  app_id: string;
  version: number;
  deployed_at: string;
  deployed_by: string | null;
  snapshot_json: string;
}

export interface DeploymentPackagesTable {
  app_id: string;
  deployment: number;
  package_id: string;
  package_version: number;
}

export interface InvitationsTable {
  id: string;
  workspace_id: string;
  email: string;
  role: StoredRole;
  token_hash: string;
  created_by: string | null;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  revoked_at: string | null;
  accepted_by: string | null;
}

export interface InstanceSettingsTable {
  key: string;
  value: string;
}

export interface RateLimitsTable {
  limiter: string;
  key: string;
  consumed: number;
  /** Epoch milliseconds. */
  window_end: number;
  /** Epoch milliseconds; 0 when never blocked. */
  blocked_until: number;
}

export interface MigrationsTable {
  version: number;
  name: string;
  applied_at: string;
}

export interface StoreVersionTable {
  id: number;
  value: number;
}

/** Tables whose rows have an `id` primary key: the ones `locks.lockRow` can lock. */
export type LockableTable = {
  [T in keyof Schema]: Schema[T] extends { id: string } ? T : never;
}[keyof Schema];
