import { type DeploymentSnapshot, deploymentSnapshotSchema } from "@tessera/model";
import type { AppRow, DeploymentRow } from "../apps/appRows";
import type { Db } from "../db/openDatabase";

/** An app's latest deployment with its parsed snapshot. */
export interface LoadedDeployment {
  app: AppRow;
  version: number;
  deployedAt: string;
  snapshot: DeploymentSnapshot;
}

/**
 * The latest deployment of an app, by id or by slug, or null when the app is unknown or
 * was never deployed. Access checks are the caller's job.
 */
export function loadLatestDeployment(
  db: Db,
  by: { appId: string } | { slug: string },
): LoadedDeployment | null {
  const app = (
    "appId" in by
      ? db.prepare("SELECT * FROM apps WHERE id = ?").get(by.appId)
      : db.prepare("SELECT * FROM apps WHERE slug = ?").get(by.slug)
  ) as AppRow | undefined;
  if (!app || app.latest_deployment === null) return null;
  const row = db
    .prepare("SELECT * FROM deployments WHERE app_id = ? AND version = ?")
    .get(app.id, app.latest_deployment) as DeploymentRow | undefined;
  if (!row) return null;
  return {
    app,
    version: row.version,
    deployedAt: row.deployed_at,
    snapshot: deploymentSnapshotSchema.parse(JSON.parse(row.snapshot_json)),
  };
}
