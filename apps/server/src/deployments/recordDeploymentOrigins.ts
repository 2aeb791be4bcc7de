import { deploymentSnapshotSchema } from "@tessera/model";
import type { Db } from "../db/openDatabase";
import { deploymentDatasources } from "./deploymentDatasources";

/**
 * Gives every deployment made before deployments recorded their datasources' origins the
 * origins those datasources have now, in one transaction at start. From then on an older
 * deployment is held to where its datasources pointed on upgrade, like a new one: a move
 * after that stops its runs until it is deployed again. Returns how many were updated.
 */
export function recordDeploymentOrigins(db: Db): number {
  return db.transaction(() => {
    const rows = db
      .prepare(
        `SELECT d.app_id, d.version, d.snapshot_json, a.workspace_id FROM deployments d
         JOIN apps a ON a.id = d.app_id
         WHERE json_type(d.snapshot_json, '$.datasources') IS NULL`,
      )
      .all() as { app_id: string; version: number; snapshot_json: string; workspace_id: string }[];
    const update = db.prepare("UPDATE deployments SET snapshot_json = ? WHERE app_id = ? AND version = ?");
    for (const row of rows) {
      const stored = JSON.parse(row.snapshot_json);
      const snapshot = deploymentSnapshotSchema.parse(stored);
      // The stored JSON is kept as it was apart from the new field.
      stored.datasources = deploymentDatasources(db, row.workspace_id, snapshot);
      update.run(JSON.stringify(stored), row.app_id, row.version);
    }
    return rows.length;
  })();
}
