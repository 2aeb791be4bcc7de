import {
  type DeploymentSnapshot,
  deploymentSnapshotSchema,
  migratePageDoc,
  type PageDoc,
} from "@tessera/model";
import type { AppRow, DeploymentRow, PageRow } from "../apps/appRows";
import type { Db } from "../db/openDatabase";
import { deploymentDatasources } from "../deployments/deploymentDatasources";
import { conflict, notFound } from "../errors";
import type { PackageVersionRow } from "../packages/packageRows";
import { inTransaction } from "../store/inTransaction";
import type { DeploymentRecord } from "../store/repositories/deployments";
import type { Repositories, Store } from "../store/Store";

type PinnedVersion = DeploymentSnapshot["packages"][number];
type SnapshotPage = DeploymentSnapshot["pages"][number];

/**
 * Deploys an app: an immutable snapshot of every page's draft, plus a copy of each package
 * version its module instances are pinned to, so the deployment keeps running the same code
 * whatever happens to the package later, and the origin of each datasource its queries use,
 * so its runs stop if one moves. One transaction: a deploy never sees half a save.
 * A module instance pinned to a version that does not exist in the app's workspace is a 409.
 */
export function appDeployer(
  repos: Store | Repositories,
  appId: string,
  userId: string | null,
): Promise<DeploymentRecord>;
/** The same on the bare SQLite handle, for the demo seed until it is on the store. */
export function appDeployer(db: Db, appId: string, userId: string | null): DeploymentRow;
export function appDeployer(
  target: Store | Repositories | Db,
  appId: string,
  userId: string | null,
): DeploymentRow | Promise<DeploymentRecord> {
  if ("prepare" in target) return deployOnHandle(target, appId, userId);
  return inTransaction(target, async (tx) => {
    // Two deploys at once must not both take the next version number.
    await tx.locks.lockRow("apps", appId);
    const app = await tx.apps.findById(appId);
    if (!app) throw notFound("App");
    const snapshot: DeploymentSnapshot = { pages: [], packages: [] };
    const pinned = new Map<string, PinnedVersion>();
    for (const page of await tx.pages.listDraftsForApp(appId)) {
      for (const instance of page.doc.moduleInstances) {
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

function snapshotPage(
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

function deployOnHandle(db: Db, appId: string, userId: string | null): DeploymentRow {
  return db.transaction(() => {
    const app = db.prepare("SELECT * FROM apps WHERE id = ?").get(appId) as AppRow | undefined;
    if (!app) throw notFound("App");
    const pages = db
      .prepare("SELECT * FROM pages WHERE app_id = ? ORDER BY sort_order, created_at")
      .all(appId) as PageRow[];

    const snapshot: DeploymentSnapshot = { pages: [], packages: [] };
    const pinned = new Map<string, PinnedVersion>();
    for (const page of pages) {
      const doc = migratePageDoc(JSON.parse(page.doc_json));
      for (const instance of doc.moduleInstances) {
        const key = `${instance.packageId}@${instance.version}`;
        if (pinned.has(key)) continue;
        const version = db
          .prepare(
            `SELECT v.* FROM package_versions v JOIN packages p ON p.id = v.package_id
             WHERE v.package_id = ? AND v.version = ? AND p.workspace_id = ?`,
          )
          .get(instance.packageId, instance.version, app.workspace_id) as PackageVersionRow | undefined;
        if (!version) throw missingVersion(instance.name, page.name);
        pinned.set(key, {
          packageId: version.package_id,
          version: version.version,
          modules: JSON.parse(version.modules_json),
        });
      }
      snapshot.pages.push(snapshotPage({ ...page, isHome: page.is_home === 1 }, doc));
    }
    snapshot.packages = [...pinned.values()];
    snapshot.datasources = deploymentDatasources(db, app.workspace_id, snapshot);

    const row: DeploymentRow = {
      app_id: appId,
      version: (app.latest_deployment ?? 0) + 1,
      deployed_at: new Date().toISOString(),
      deployed_by: userId,
      snapshot_json: JSON.stringify(deploymentSnapshotSchema.parse(snapshot)),
    };
    db.prepare(
      `INSERT INTO deployments (app_id, version, deployed_at, deployed_by, snapshot_json)
       VALUES (@app_id, @version, @deployed_at, @deployed_by, @snapshot_json)`,
    ).run(row);
    const pin = db.prepare(
      "INSERT INTO deployment_packages (app_id, deployment, package_id, package_version) VALUES (?, ?, ?, ?)",
    );
    for (const p of snapshot.packages) pin.run(appId, row.version, p.packageId, p.version);
    db.prepare("UPDATE apps SET latest_deployment = ?, updated_at = ? WHERE id = ?").run(
      row.version,
      row.deployed_at,
      appId,
    );
    return row;
  })();
}
