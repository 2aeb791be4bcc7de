import type { MigrationStep } from "../migrate";

/**
 * The SQLite schema, as numbered steps. A step is never edited once released: add a new one,
 * with the same version number in `postgres/postgresMigrations.ts`. Each runs in its own
 * transaction together with its row in `migrations`.
 */
export const sqliteMigrations: readonly MigrationStep[] = [
  {
    version: 1,
    name: "initial schema",
    sql: `
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        is_instance_admin INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
      );
      CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        expires_at INTEGER NOT NULL
      );
      CREATE INDEX sessions_user ON sessions(user_id);
      CREATE TABLE workspaces (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE members (
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('admin', 'developer', 'viewer')),
        created_at TEXT NOT NULL,
        PRIMARY KEY (workspace_id, user_id)
      );
      CREATE INDEX members_user ON members(user_id);
      CREATE TABLE datasources (
        id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        base_url TEXT NOT NULL,
        headers_json TEXT NOT NULL,
        timeout_ms INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX datasources_workspace ON datasources(workspace_id);
      CREATE TABLE packages (
        id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        latest_version INTEGER,
        draft_revision INTEGER NOT NULL DEFAULT 0,
        published_draft_revision INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX packages_workspace ON packages(workspace_id);
      CREATE TABLE modules (
        id TEXT PRIMARY KEY,
        package_id TEXT NOT NULL REFERENCES packages(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        body_json TEXT NOT NULL,
        revision INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (package_id, name)
      );
      CREATE TABLE package_versions (
        package_id TEXT NOT NULL REFERENCES packages(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        published_at TEXT NOT NULL,
        published_by TEXT,
        modules_json TEXT NOT NULL,
        PRIMARY KEY (package_id, version)
      );
      CREATE TABLE apps (
        id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        slug TEXT NOT NULL UNIQUE,
        is_public INTEGER NOT NULL DEFAULT 0,
        latest_deployment INTEGER,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX apps_workspace ON apps(workspace_id);
      CREATE TABLE pages (
        id TEXT PRIMARY KEY,
        app_id TEXT NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        slug TEXT NOT NULL,
        sort_order INTEGER NOT NULL,
        is_home INTEGER NOT NULL DEFAULT 0,
        doc_json TEXT NOT NULL,
        revision INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (app_id, slug)
      );
      CREATE TABLE deployments (
        app_id TEXT NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        deployed_at TEXT NOT NULL,
        deployed_by TEXT,
        snapshot_json TEXT NOT NULL,
        PRIMARY KEY (app_id, version)
      );
      -- Which package versions each deployment pinned: answers "which app uses this package".
      CREATE TABLE deployment_packages (
        app_id TEXT NOT NULL,
        deployment INTEGER NOT NULL,
        package_id TEXT NOT NULL,
        package_version INTEGER NOT NULL,
        PRIMARY KEY (app_id, deployment, package_id, package_version),
        FOREIGN KEY (app_id, deployment) REFERENCES deployments(app_id, version) ON DELETE CASCADE
      );
      CREATE INDEX deployment_packages_package ON deployment_packages(package_id);
    `,
  },
  {
    version: 2,
    name: "invitations",
    sql: `
      -- A one-time link to join a workspace. Only the token's sha256 is kept: a leaked database
      -- holds no usable link. A row is pending until accepted, revoked or past expires_at.
      CREATE TABLE invitations (
        id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        email TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('admin', 'developer', 'viewer')),
        token_hash TEXT NOT NULL UNIQUE,
        created_by TEXT REFERENCES users(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        accepted_at TEXT,
        revoked_at TEXT,
        accepted_by TEXT REFERENCES users(id) ON DELETE SET NULL
      );
      CREATE INDEX invitations_workspace_email ON invitations(workspace_id, email);
    `,
  },
  {
    version: 3,
    name: "instance settings",
    sql: `
      -- Small facts about the instance itself, such as the check value of the secret key.
      CREATE TABLE instance_settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `,
  },
  {
    version: 4,
    name: "rate limits",
    sql: `
      -- The counts behind every rate limit (login failures, sign-ups, query runs), so that all
      -- server processes on one database share them. One row per limiter and key; times are
      -- epoch milliseconds. A row is dead once both window_end and blocked_until are past.
      CREATE TABLE rate_limits (
        limiter TEXT NOT NULL,
        key TEXT NOT NULL,
        consumed INTEGER NOT NULL,
        window_end INTEGER NOT NULL,
        blocked_until INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (limiter, key)
      );
    `,
  },
  {
    version: 5,
    name: "datasource kinds",
    sql: `
      -- A datasource is of a kind (rest, postgres, graphql) with its fields in one config
      -- document, secrets sealed inside it; today's REST columns move into the document.
      ALTER TABLE datasources ADD COLUMN kind TEXT NOT NULL DEFAULT 'rest';
      ALTER TABLE datasources ADD COLUMN config_json TEXT NOT NULL DEFAULT '{}';
      UPDATE datasources SET config_json = json_object(
        'kind', 'rest',
        'baseUrl', base_url,
        'headers', json(headers_json),
        'timeoutMs', timeout_ms
      );
      ALTER TABLE datasources DROP COLUMN base_url;
      ALTER TABLE datasources DROP COLUMN headers_json;
      ALTER TABLE datasources DROP COLUMN timeout_ms;
    `,
  },
  {
    version: 8,
    name: "app settings",
    sql: `
      -- How the deployed app presents itself (title, navigation, pages left out of it): a JSON
      -- document decoded by store/documents.ts; '{}' reads as the defaults.
      ALTER TABLE apps ADD COLUMN settings_json TEXT NOT NULL DEFAULT '{}';
    `,
  },
];
