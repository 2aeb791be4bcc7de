import { type DeploymentSnapshot, deploymentSnapshotSchema, migratePageDoc } from "@tessera/model";
import type { AppRow, DeploymentRow, PageRow } from "../apps/appRows";
import type { Db } from "../db/openDatabase";
import { deploymentDatasources } from "../deployments/deploymentDatasources";
import { conflict, notFound } from "../errors";
import type { PackageVersionRow } from "../packages/packageRows";

/**
 * Deploys an app: an immutable snapshot of every page's draft, plus a copy of each package
 * version its module instances are pinned to, so the deployment keeps running the same code
 * whatever happens to the package later, and the origin of each datasource its queries use,
 * so its runs stop if one moves. One transaction: a deploy never sees half a save.
 * A module instance pinned to a version that does not exist in the app's workspace is a 409.
 */
export function appDeployer(db: Db, appId: string, userId: string | null): DeploymentRow {
  return db.transaction(() => {
    const app = db.prepare("SELECT * FROM apps WHERE id = ?").get(appId) as AppRow | undefined;
    if (!app) throw notFound("App");
    const pages = db
      .prepare("SELECT * FROM pages WHERE app_id = ? ORDER BY sort_order, created_at")
      .all(appId) as PageRow[];

    const snapshot: DeploymentSnapshot = { pages: [], packages: [] };
    const pinned = new Map<string, DeploymentSnapshot["packages"][number]>();
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
        if (!version) {
          throw conflict(
            "missing_package_version",
            `${instance.name} on page ${page.name} uses a package version that does not exist`,
          );
        }
        pinned.set(key, {
          packageId: version.package_id,
          version: version.version,
          modules: JSON.parse(version.modules_json),
        });
      }
      snapshot.pages.push({
        id: page.id,
        name: page.name,
        slug: page.slug,
        isHome: page.is_home === 1,
        widgets: doc.widgets,
        queries: doc.queries,
        jsObjects: doc.jsObjects,
        moduleInstances: doc.moduleInstances,
      });
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
