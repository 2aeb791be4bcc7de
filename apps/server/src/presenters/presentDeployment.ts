import type { DeploymentRow } from "../apps/appRows";
import type { Db } from "../db/openDatabase";

/** A deployment as the editor lists it: when, and which package versions it pinned. */
export interface DeploymentSummary {
  version: number;
  deployedAt: string;
  packages: { packageId: string; version: number }[];
}

/** Presents a deployment with the package versions recorded for it. */
export function presentDeployment(
  db: Db,
  row: Pick<DeploymentRow, "app_id" | "version" | "deployed_at">,
): DeploymentSummary {
  const packages = db
    .prepare(
      `SELECT package_id AS packageId, package_version AS version FROM deployment_packages
       WHERE app_id = ? AND deployment = ? ORDER BY package_id, package_version`,
    )
    .all(row.app_id, row.version) as { packageId: string; version: number }[];
  return { version: row.version, deployedAt: row.deployed_at, packages };
}
