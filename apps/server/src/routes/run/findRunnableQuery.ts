import {
  type DeploymentSnapshot,
  type ModuleBody,
  type ModuleInput,
  moduleInstanceNamed,
  type PageDoc,
  type QueryConfig,
  type Role,
  type RunBody,
  type VaultRefresh,
} from "@tessera/model";
import { roleAtLeast } from "../../access/roles";
import type { SessionUser } from "../../auth/sessionUser";
import { notFound, unauthenticated } from "../../errors";
import type { AppRecord } from "../../store/repositories/apps";
import type { Store } from "../../store/Store";
import { BoundedCache } from "./BoundedCache";
import { VersionedCache } from "./VersionedCache";

/** A stored query a caller may run, and the workspace whose datasources it may use. */
export interface RunnableQuery {
  workspaceId: string;
  config: QueryConfig;
  /** The module's inputs, for a query module (their defaults fill values left out). */
  inputs: readonly ModuleInput[] | null;
  /** For a deployment, the datasources it recorded (see `assertDatasourceUnmoved`). */
  recordedDatasources?: DeploymentSnapshot["datasources"];
  /** Response fields kept in the visitor's vault (see vault/runWithVault). */
  vaultKeep?: readonly string[];
  /** Set on a package's refresh action. */
  vaultRefresh?: VaultRefresh;
}

/**
 * The package a deployment holds for a module instance: the version it recorded when it
 * resolved the pin, else the pinned package's.
 */
export function recordedPackageOf(
  snapshot: DeploymentSnapshot,
  instance: { packageId: string; version: number },
): DeploymentSnapshot["packages"][number] | undefined {
  return (
    snapshot.packages.find((p) => p.packageId === instance.packageId && p.version === instance.version) ??
    snapshot.packages.find((p) => p.packageId === instance.packageId)
  );
}

/** A query module as a run gets it, in the workspace whose datasources it may use. */
export function runnableQueryModule(
  workspaceId: string,
  module: Extract<ModuleBody, { kind: "query" }>,
): RunnableQuery {
  return {
    workspaceId,
    config: module.config,
    inputs: module.inputs,
    vaultKeep: module.vaultKeep,
    vaultRefresh: module.vaultRefresh,
  };
}

/** Finds the query a run names; `version` is the store version the run read (see VersionedCache). */
export type RunnableQueryFinder = (
  body: RunBody,
  user: SessionUser | null,
  version: string | null,
) => Promise<RunnableQuery>;

/** Entries of each store-versioned memo before it starts over. */
const MAX_KEPT = 500;

/**
 * Finds the stored query a run names, checking access on the way. Everything the caller may
 * not see reads as 404, like a missing query (a signed-out caller of a private app or of a
 * draft gets 401, as the viewer does):
 * - deployment: the latest deployment of a public app (anyone) or a private one (members);
 * - draft: a page draft, for members with the developer role;
 * - package: a package draft or version, for members with the developer role.
 * The browser only ever names a query; its config always comes from here.
 *
 * A hot run reads nothing: deployments and package versions are immutable, so decoded copies
 * are kept for good; everything else (app rows, roles, drafts) is kept while the store
 * version is the one the run read, which any write, in any process, changes.
 */
export function createRunnableQueryFinder(store: Store): RunnableQueryFinder {
  const snapshots = new BoundedCache<DeploymentSnapshot>(200);
  const versions = new BoundedCache<ModuleBody[]>(200);
  const apps = new VersionedCache<AppRecord | undefined>(MAX_KEPT);
  const roles = new VersionedCache<Role | null>(MAX_KEPT);
  const packageOwners = new VersionedCache<string | undefined>(MAX_KEPT);
  const pageDocs = new VersionedCache<PageDoc | undefined>(MAX_KEPT);
  const draftModules = new VersionedCache<ModuleBody | undefined>(MAX_KEPT);

  const loadApp = async (appId: string, storeVersion: string | null): Promise<AppRecord> => {
    const app = await apps.getOrLoad(appId, storeVersion, () => store.apps.findById(appId));
    if (!app) throw notFound("App");
    return app;
  };

  const roleOf = (
    user: SessionUser | null,
    workspaceId: string,
    storeVersion: string | null,
  ): Promise<Role | null> =>
    user
      ? roles.getOrLoad(`${workspaceId}\0${user.id}`, storeVersion, () =>
          store.workspaces.findRole(workspaceId, user.id),
        )
      : Promise.resolve(null);

  const ownerOf = (packageId: string, storeVersion: string | null) =>
    packageOwners.getOrLoad(packageId, storeVersion, () =>
      store.packages.findById(packageId).then((pkg) => pkg?.workspaceId),
    );

  const requireDeveloper = async (
    user: SessionUser | null,
    workspaceId: string,
    what: string,
    storeVersion: string | null,
  ) => {
    if (!user) throw unauthenticated();
    const role = await roleOf(user, workspaceId, storeVersion);
    // Viewers may only run deployed queries: a draft is invisible to them, not forbidden.
    if (!role || !roleAtLeast(role, "developer")) throw notFound(what);
  };

  const loadVersion = (packageId: string, version: number): Promise<ModuleBody[] | undefined> =>
    versions.getOrLoad(`${packageId}:${version}`, () =>
      store.packages.findVersion(packageId, version).then((found) => found?.modules),
    );

  const fromModule = (
    workspaceId: string,
    modules: readonly ModuleBody[] | undefined,
    name: string,
  ): RunnableQuery => {
    const module = modules?.find((m) => m.kind === "query" && m.name === name);
    if (module?.kind !== "query") throw notFound("Query");
    return runnableQueryModule(workspaceId, module);
  };
  const fromPage = (workspaceId: string, page: Pick<PageDoc, "queries">, name: string): RunnableQuery => {
    const query = page.queries.find((q) => q.name === name);
    if (!query) throw notFound("Query");
    return { workspaceId, config: query.config, inputs: null, vaultKeep: query.vaultKeep };
  };

  const deployedQuery = (
    snapshot: DeploymentSnapshot,
    workspaceId: string,
    body: Extract<RunBody, { scope: "deployment" }>,
  ): RunnableQuery => {
    const page = snapshot.pages.find((p) => p.id === body.pageId);
    if (!page) throw notFound("Page");
    // Snapshots without the list are given one at start; none recorded is nothing allowed.
    const recordedDatasources = snapshot.datasources ?? [];
    if (body.instance) {
      const instance = moduleInstanceNamed(page, body.instance);
      if (!instance) throw notFound("Module instance");
      const recorded = recordedPackageOf(snapshot, instance);
      return { ...fromModule(workspaceId, recorded?.modules, body.query), recordedDatasources };
    }
    return { ...fromPage(workspaceId, page, body.query), recordedDatasources };
  };
  // Per snapshot (immutable, so kept as long as the snapshot is): the queries runs found in it.
  const deployedQueries = new WeakMap<DeploymentSnapshot, Map<string, RunnableQuery>>();

  return async (body, user, storeVersion) => {
    switch (body.scope) {
      case "deployment": {
        const app = await loadApp(body.appId, storeVersion);
        if (!app.isPublic) {
          if (!user) throw unauthenticated();
          if (!(await roleOf(user, app.workspaceId, storeVersion))) throw notFound("App");
        }
        if (app.latestDeployment === null) throw notFound("Deployment");
        const deployment = app.latestDeployment;
        const snapshot = await snapshots.getOrLoad(`${body.appId}:${deployment}`, () =>
          store.deployments.findSnapshotForRun(body.appId, deployment),
        );
        if (!snapshot) throw notFound("Page");
        // The snapshot never changes, so what it holds for a query is looked up once.
        let found = deployedQueries.get(snapshot);
        if (!found) {
          found = new Map();
          deployedQueries.set(snapshot, found);
        }
        const key = `${app.workspaceId}\0${body.pageId}\0${body.instance ?? ""}\0${body.query}`;
        let query = found.get(key);
        if (!query) {
          query = Object.freeze(deployedQuery(snapshot, app.workspaceId, body));
          if (found.size >= MAX_KEPT) found.clear();
          found.set(key, query);
        }
        return query;
      }
      case "draft": {
        const app = await loadApp(body.appId, storeVersion);
        await requireDeveloper(user, app.workspaceId, "App", storeVersion);
        const doc = await pageDocs.getOrLoad(`${body.appId}\0${body.pageId}`, storeVersion, () =>
          store.pages.findDraft(body.appId, body.pageId).then((page) => page?.doc),
        );
        if (!doc) throw notFound("Page");
        if (body.instance) {
          const instance = moduleInstanceNamed(doc, body.instance);
          if (!instance) throw notFound("Module instance");
          // An instance can only use packages of the app's own workspace.
          if ((await ownerOf(instance.packageId, storeVersion)) !== app.workspaceId)
            throw notFound("Package");
          return fromModule(
            app.workspaceId,
            await loadVersion(instance.packageId, instance.version),
            body.query,
          );
        }
        return fromPage(app.workspaceId, doc, body.query);
      }
      case "package": {
        const owner = await ownerOf(body.packageId, storeVersion);
        if (!owner) throw notFound("Package");
        await requireDeveloper(user, owner, "Package", storeVersion);
        if (body.version !== null) {
          return fromModule(owner, await loadVersion(body.packageId, body.version), body.query);
        }
        const module = await draftModules.getOrLoad(`${body.packageId}\0${body.query}`, storeVersion, () =>
          store.packages.findDraftModuleForRun(body.packageId, body.query),
        );
        return fromModule(owner, module ? [module] : undefined, body.query);
      }
    }
  };
}
