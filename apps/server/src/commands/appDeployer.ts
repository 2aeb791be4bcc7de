import {
  compileSnapshotCode,
  type DeploymentSnapshot,
  deploymentSnapshotSchema,
  modulePinsOf,
  type PageDoc,
} from "@tessera/model";
import { engineWidgets } from "@tessera/widgets/definitions";
import { deploymentDatasources } from "../deployments/deploymentDatasources";
import { conflict, notFound } from "../errors";
import { inTransaction } from "../store/inTransaction";
import type { DeploymentRecord } from "../store/repositories/deployments";
import type { Repositories, Store } from "../store/Store";

type PinnedVersion = DeploymentSnapshot["packages"][number];
type SnapshotPage = DeploymentSnapshot["pages"][number];

/**
 * Deploys an app: an immutable snapshot of every page's draft, plus a copy of each package
 * version its module instances are pinned to, so the deployment keeps running the same code
 * whatever happens to the package later, and the origin of each datasource its queries use,
 * so its runs stop if one moves. Every page's code is compiled into it (references,
 * dependency order, syntax errors, instrumented code), so the viewer runs it without a
 * parser. One transaction: a deploy never sees half a save.
 * A module instance pinned to a version that does not exist in the app's workspace is a 409.
 */
export function appDeployer(
  target: Store | Repositories,
  appId: string,
  userId: string | null,
): Promise<DeploymentRecord> {
  return inTransaction(target, async (tx) => {
    // Two deploys at once must not both take the next version number.
    await tx.locks.lockRow("apps", appId);
    const app = await tx.apps.findById(appId);
    if (!app) throw notFound("App");
    const snapshot: DeploymentSnapshot = { pages: [], packages: [] };
    const pinned = new Map<string, PinnedVersion>();
    for (const page of await tx.pages.listDraftsForApp(appId)) {
      for (const instance of modulePinsOf(page.doc)) {
        const key = `${instance.packageId}@${instance.version}`;
        if (pinned.has(key)) continue;
        const version = await tx.packages.findVersionInWorkspace(
          instance.packageId,
          instance.version,
          app.workspaceId,
        );
        if (!version) throw missingVersion(instance.name, page.name);
        pinned.set(key, version);
      }
      snapshot.pages.push(snapshotPage(page, page.doc));
    }
    snapshot.packages = [...pinned.values()];
    snapshot.datasources = await deploymentDatasources(tx, app.workspaceId, snapshot);
    snapshot.compiledCode = compileSnapshotCode(snapshot, engineWidgets);

    const deployment = {
      appId,
      version: (app.latestDeployment ?? 0) + 1,
      deployedAt: new Date().toISOString(),
      deployedBy: userId,
    };
    await tx.deployments.insert({ ...deployment, snapshot: deploymentSnapshotSchema.parse(snapshot) });
    await tx.apps.setLatestDeployment(appId, deployment.version, deployment.deployedAt);
    return {
      ...deployment,
      packages: snapshot.packages
        .map((p) => ({ packageId: p.packageId, version: p.version }))
        .sort((a, b) =>
          a.packageId === b.packageId ? a.version - b.version : a.packageId < b.packageId ? -1 : 1,
        ),
    };
  });
}

function missingVersion(instanceName: string, pageName: string) {
  return conflict(
    "missing_package_version",
    `${instanceName} on page ${pageName} uses a package version that does not exist`,
  );
}

/** A page as a deployment keeps it; also what the change summary compares drafts by. */
export function snapshotPage(
  page: { id: string; name: string; slug: string; isHome: boolean },
  doc: PageDoc,
): SnapshotPage {
  return {
    id: page.id,
    name: page.name,
    slug: page.slug,
    isHome: page.isHome,
    widgets: doc.widgets,
    queries: doc.queries,
    jsObjects: doc.jsObjects,
    moduleInstances: doc.moduleInstances,
  };
}
