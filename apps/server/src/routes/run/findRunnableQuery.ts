import {
  type DeploymentSnapshot,
  deploymentSnapshotSchema,
  type ModuleBody,
  type ModuleInput,
  migratePageDoc,
  moduleBodySchema,
  type QueryConfig,
  type Role,
  type RunBody,
} from "@tessera/model";
import { z } from "zod";
import { roleAtLeast } from "../../access/roles";
import type { SessionUser } from "../../auth/sessionUser";
import type { Db } from "../../db/openDatabase";
import { createStoreVersion } from "../../db/storeVersion";
import { notFound, unauthenticated } from "../../errors";
import { BoundedCache } from "./BoundedCache";

/** A stored query a caller may run, and the workspace whose datasources it may use. */
export interface RunnableQuery {
  workspaceId: string;
  config: QueryConfig;
  /** The module's inputs, for a query module (their defaults fill values left out). */
  inputs: readonly ModuleInput[] | null;
  /** For a deployment, the datasources it recorded (see `assertDatasourceUnmoved`). */
  recordedDatasources?: DeploymentSnapshot["datasources"];
}

export type RunnableQueryFinder = (body: RunBody, user: SessionUser | null) => RunnableQuery;

interface AppRow {
  workspace_id: string;
  is_public: number;
  latest_deployment: number | null;
}

const moduleListSchema = z.array(moduleBodySchema);

/** App rows kept before the memo starts over. */
const MAX_KEPT_APP_ROWS = 500;

/**
 * Finds the stored query a run names, checking access on the way. Everything the caller may
 * not see reads as 404, like a missing query (a signed-out caller of a private app or of a
 * draft gets 401, as the viewer does):
 * - deployment: the latest deployment of a public app (anyone) or a private one (members);
 * - draft: a page draft, for members with the developer role;
 * - package: a package draft or version, for members with the developer role.
 * The browser only ever names a query; its config always comes from here.
 */
export function createRunnableQueryFinder(db: Db): RunnableQueryFinder {
  const appStatement = db.prepare("SELECT workspace_id, is_public, latest_deployment FROM apps WHERE id = ?");
  const deploymentStatement = db.prepare(
    "SELECT snapshot_json FROM deployments WHERE app_id = ? AND version = ?",
  );
  const pageStatement = db.prepare("SELECT doc_json FROM pages WHERE id = ? AND app_id = ?");
  const packageStatement = db.prepare("SELECT workspace_id FROM packages WHERE id = ?");
  const versionStatement = db.prepare(
    "SELECT modules_json FROM package_versions WHERE package_id = ? AND version = ?",
  );
  const draftModuleStatement = db.prepare("SELECT body_json FROM modules WHERE package_id = ? AND name = ?");
  const roleStatement = db.prepare("SELECT role FROM members WHERE workspace_id = ? AND user_id = ?");

  // Deployments and package versions are immutable, so parsed copies can be kept.
  const snapshots = new BoundedCache<DeploymentSnapshot>(200);
  const versions = new BoundedCache<ModuleBody[]>(200);

  const roleOf = (user: SessionUser | null, workspaceId: string): Role | null =>
    user ? ((roleStatement.get(workspaceId, user.id) as { role: Role } | undefined)?.role ?? null) : null;

  // App rows do change (visibility, new deployments), so a kept row is only used while the
  // store's version says nothing at all was written since it was read.
  const storeVersion = createStoreVersion(db);
  const appRows = new Map<string, { version: string; row: AppRow }>();
  const loadApp = (appId: string): AppRow => {
    const version = storeVersion();
    const kept = appRows.get(appId);
    if (version !== null && kept?.version === version) return kept.row;
    const app = appStatement.get(appId) as AppRow | undefined;
    if (!app) throw notFound("App");
    if (version !== null) {
      if (appRows.size >= MAX_KEPT_APP_ROWS) appRows.clear();
      appRows.set(appId, { version, row: app });
    }
    return app;
  };

  const requireDeveloper = (user: SessionUser | null, workspaceId: string, what: string) => {
    if (!user) throw unauthenticated();
    const role = roleOf(user, workspaceId);
    // Viewers may only run deployed queries: a draft is invisible to them, not forbidden.
    if (!role || !roleAtLeast(role, "developer")) throw notFound(what);
  };

  const loadVersion = (packageId: string, version: number): ModuleBody[] | undefined =>
    versions.getOrLoad(`${packageId}:${version}`, () => {
      const row = versionStatement.get(packageId, version) as { modules_json: string } | undefined;
      return row ? moduleListSchema.parse(JSON.parse(row.modules_json)) : undefined;
    });

  const fromModule = (
    workspaceId: string,
    modules: readonly ModuleBody[] | undefined,
    name: string,
  ): RunnableQuery => {
    const module = modules?.find((m) => m.kind === "query" && m.name === name);
    if (module?.kind !== "query") throw notFound("Query");
    return { workspaceId, config: module.config, inputs: module.inputs };
  };

  return (body, user) => {
    switch (body.scope) {
      case "deployment": {
        const app = loadApp(body.appId);
        if (!app.is_public) {
          if (!user) throw unauthenticated();
          if (!roleOf(user, app.workspace_id)) throw notFound("App");
        }
        if (app.latest_deployment === null) throw notFound("Deployment");
        const version = app.latest_deployment;
        const snapshot = snapshots.getOrLoad(`${body.appId}:${version}`, () => {
          const row = deploymentStatement.get(body.appId, version) as { snapshot_json: string } | undefined;
          return row ? deploymentSnapshotSchema.parse(JSON.parse(row.snapshot_json)) : undefined;
        });
        const page = snapshot?.pages.find((p) => p.id === body.pageId);
        if (!snapshot || !page) throw notFound("Page");
        // Snapshots without the list are given one at start; none recorded is nothing allowed.
        const recordedDatasources = snapshot.datasources ?? [];
        if (body.instance) {
          const instance = page.moduleInstances.find((i) => i.name === body.instance);
          if (!instance) throw notFound("Module instance");
          // The deployment recorded the version it resolved; prefer it over the pin.
          const recorded =
            snapshot.packages.find(
              (p) => p.packageId === instance.packageId && p.version === instance.version,
            ) ?? snapshot.packages.find((p) => p.packageId === instance.packageId);
          return { ...fromModule(app.workspace_id, recorded?.modules, body.query), recordedDatasources };
        }
        const query = page.queries.find((q) => q.name === body.query);
        if (!query) throw notFound("Query");
        return { workspaceId: app.workspace_id, config: query.config, inputs: null, recordedDatasources };
      }
      case "draft": {
        const app = loadApp(body.appId);
        requireDeveloper(user, app.workspace_id, "App");
        const row = pageStatement.get(body.pageId, body.appId) as { doc_json: string } | undefined;
        if (!row) throw notFound("Page");
        const doc = migratePageDoc(JSON.parse(row.doc_json));
        if (body.instance) {
          const instance = doc.moduleInstances.find((i) => i.name === body.instance);
          if (!instance) throw notFound("Module instance");
          const owner = packageStatement.get(instance.packageId) as { workspace_id: string } | undefined;
          // An instance can only use packages of the app's own workspace.
          if (!owner || owner.workspace_id !== app.workspace_id) throw notFound("Package");
          return fromModule(app.workspace_id, loadVersion(instance.packageId, instance.version), body.query);
        }
        const query = doc.queries.find((q) => q.name === body.query);
        if (!query) throw notFound("Query");
        return { workspaceId: app.workspace_id, config: query.config, inputs: null };
      }
      case "package": {
        const owner = packageStatement.get(body.packageId) as { workspace_id: string } | undefined;
        if (!owner) throw notFound("Package");
        requireDeveloper(user, owner.workspace_id, "Package");
        if (body.version !== null) {
          return fromModule(owner.workspace_id, loadVersion(body.packageId, body.version), body.query);
        }
        const row = draftModuleStatement.get(body.packageId, body.query) as { body_json: string } | undefined;
        const parsed = row ? moduleBodySchema.safeParse(JSON.parse(row.body_json)) : null;
        return fromModule(owner.workspace_id, parsed?.success ? [parsed.data] : undefined, body.query);
      }
    }
  };
}
