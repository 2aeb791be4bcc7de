import type { Db } from "../db/openDatabase";
import { badRequest } from "../errors";

/**
 * Refuses a query config naming a datasource outside the workspace: a query saved with
 * another workspace's datasource id would otherwise call it with that workspace's secrets.
 */
export function assertDatasourceInWorkspace(
  db: Db,
  workspaceId: string,
  datasourceId: string | null,
  path: string,
): void {
  if (datasourceId === null) return;
  const found = db
    .prepare("SELECT 1 FROM datasources WHERE id = ? AND workspace_id = ?")
    .get(datasourceId, workspaceId);
  if (!found) throw badRequest(`${path}: no such datasource in this workspace`, "unknown_datasource", path);
}
