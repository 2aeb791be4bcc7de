import type { Db } from "../db/openDatabase";
import { badRequest } from "../errors";
import type { Repositories } from "../store/Store";

/**
 * Refuses a query config naming a datasource outside the workspace: a query saved with
 * another workspace's datasource id would otherwise call it with that workspace's secrets.
 */
export function assertDatasourceInWorkspace(
  repos: Repositories,
  workspaceId: string,
  datasourceId: string | null,
  path: string,
): Promise<void>;
/** The same on the bare SQLite handle, for the callers that still write through it. */
export function assertDatasourceInWorkspace(
  db: Db,
  workspaceId: string,
  datasourceId: string | null,
  path: string,
): void;
export function assertDatasourceInWorkspace(
  target: Repositories | Db,
  workspaceId: string,
  datasourceId: string | null,
  path: string,
): void | Promise<void> {
  const refuse = () =>
    badRequest(`${path}: no such datasource in this workspace`, "unknown_datasource", path);
  if ("prepare" in target) {
    if (datasourceId === null) return;
    const found = target
      .prepare("SELECT 1 FROM datasources WHERE id = ? AND workspace_id = ?")
      .get(datasourceId, workspaceId);
    if (!found) throw refuse();
    return;
  }
  if (datasourceId === null) return Promise.resolve();
  return target.datasources.existsInWorkspace(datasourceId, workspaceId).then((found) => {
    if (!found) throw refuse();
  });
}
