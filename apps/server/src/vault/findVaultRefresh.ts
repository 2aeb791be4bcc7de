import {
  type ModuleBody,
  moduleInstanceNamed,
  modulePinsOf,
  type RunBody,
  type VaultRefresh,
} from "@tessera/model";
import { type RunnableQuery, recordedPackageOf, runnableQueryModule } from "../routes/run/findRunnableQuery";
import type { Store } from "../store/Store";

/** A package's refresh action, ready to run like the query that needed it. */
export type RunnableRefresh = RunnableQuery & { vaultRefresh: VaultRefresh };

/**
 * The refresh action for a run that found its session stale: the query module marked
 * `vaultRefresh` in the package the run's module instance comes from, or, for an app query, in
 * the first package of the app that has one (the same deployment or draft the run used). Read
 * only on that path, after the run passed its access checks, so it keeps no cache.
 */
export async function findVaultRefresh(store: Store, body: RunBody): Promise<RunnableRefresh | null> {
  switch (body.scope) {
    case "deployment": {
      const app = await store.apps.findById(body.appId);
      if (!app || app.latestDeployment === null) return null;
      const snapshot = await store.deployments.findSnapshotForRun(body.appId, app.latestDeployment);
      const page = snapshot?.pages.find((p) => p.id === body.pageId);
      if (!snapshot || !page) return null;
      const instance = body.instance ? moduleInstanceNamed(page, body.instance) : undefined;
      const recorded = instance ? recordedPackageOf(snapshot, instance) : undefined;
      const packages = instance ? (recorded ? [recorded] : []) : snapshot.packages;
      return refreshIn(
        app.workspaceId,
        packages.flatMap((p) => p.modules),
        snapshot.datasources ?? [],
      );
    }
    case "draft": {
      const app = await store.apps.findById(body.appId);
      const draft = await store.pages.findDraft(body.appId, body.pageId);
      if (!app || !draft) return null;
      const named = body.instance ? moduleInstanceNamed(draft.doc, body.instance) : undefined;
      const instances = body.instance ? (named ? [named] : []) : modulePinsOf(draft.doc);
      for (const instance of instances) {
        const version = await store.packages.findVersion(instance.packageId, instance.version);
        const found = refreshIn(app.workspaceId, version?.modules ?? []);
        if (found) return found;
      }
      return null;
    }
    case "package": {
      const pkg = await store.packages.findById(body.packageId);
      if (!pkg) return null;
      const modules =
        body.version !== null
          ? ((await store.packages.findVersion(body.packageId, body.version))?.modules ?? [])
          : (await store.packages.listModules(body.packageId)).map((m) => m.body);
      return refreshIn(pkg.workspaceId, modules);
    }
  }
}

function refreshIn(
  workspaceId: string,
  modules: readonly ModuleBody[],
  recordedDatasources?: RunnableQuery["recordedDatasources"],
): RunnableRefresh | null {
  for (const module of modules) {
    if (module.kind !== "query" || !module.vaultRefresh) continue;
    return {
      ...runnableQueryModule(workspaceId, module),
      // Narrowed above: a refresh action has one.
      vaultRefresh: module.vaultRefresh,
      ...(recordedDatasources ? { recordedDatasources } : {}),
    };
  }
  return null;
}
