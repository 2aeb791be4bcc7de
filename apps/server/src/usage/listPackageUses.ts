import { deploymentSnapshotSchema, migratePageDoc, type PackageUse } from "@tessera/model";
import type { DeploymentRow } from "../apps/appRows";
import type { Db } from "../db/openDatabase";

/** A use of a package with the version the instance is pinned to. */
export interface VersionedPackageUse extends PackageUse {
  version: number;
}

/**
 * Every module instance of a package in the apps of its workspace: in page drafts, and in
 * each app's latest deployment (what viewers run; older deployments are never served).
 * Sorted by app, page, instance and source, so answers are stable.
 */
export function listPackageUses(db: Db, packageId: string): VersionedPackageUse[] {
  const uses: VersionedPackageUse[] = [];
  // The id is opaque and long, so a text match is a safe pre-filter before parsing documents.
  const pages = db
    .prepare(
      `SELECT p.id, p.name, p.doc_json, a.id AS app_id, a.name AS app_name
       FROM pages p JOIN apps a ON a.id = p.app_id
       JOIN packages k ON k.id = ? AND k.workspace_id = a.workspace_id
       WHERE instr(p.doc_json, ?) > 0`,
    )
    .all(packageId, packageId) as {
    id: string;
    name: string;
    doc_json: string;
    app_id: string;
    app_name: string;
  }[];
  for (const page of pages) {
    for (const instance of migratePageDoc(JSON.parse(page.doc_json)).moduleInstances) {
      if (instance.packageId !== packageId) continue;
      uses.push({
        version: instance.version,
        appId: page.app_id,
        appName: page.app_name,
        pageId: page.id,
        pageName: page.name,
        instance: instance.name,
        moduleName: instance.moduleName,
        source: "draft",
      });
    }
  }

  const deployments = db
    .prepare(
      `SELECT DISTINCT d.*, a.name AS app_name FROM deployment_packages dp
       JOIN apps a ON a.id = dp.app_id AND a.latest_deployment = dp.deployment
       JOIN deployments d ON d.app_id = dp.app_id AND d.version = dp.deployment
       WHERE dp.package_id = ?`,
    )
    .all(packageId) as (DeploymentRow & { app_name: string })[];
  for (const deployment of deployments) {
    const snapshot = deploymentSnapshotSchema.parse(JSON.parse(deployment.snapshot_json));
    for (const page of snapshot.pages) {
      for (const instance of page.moduleInstances) {
        if (instance.packageId !== packageId) continue;
        uses.push({
          version: instance.version,
          appId: deployment.app_id,
          appName: deployment.app_name,
          pageId: page.id,
          pageName: page.name,
          instance: instance.name,
          moduleName: instance.moduleName,
          source: "deployed",
          deployment: deployment.version,
        });
      }
    }
  }
  const key = (u: VersionedPackageUse) =>
    [u.appName, u.appId, u.pageName, u.instance, u.source].join("\u0000");
  return uses.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
