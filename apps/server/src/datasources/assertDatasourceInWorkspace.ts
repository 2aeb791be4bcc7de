import { badRequest } from "../errors";
import type { Repositories } from "../store/Store";

/**
 * Refuses a query config naming a datasource outside the workspace: a query saved with
 * another workspace's datasource id would otherwise call it with that workspace's secrets.
 */
export async function assertDatasourceInWorkspace(
  repos: Repositories,
  workspaceId: string,
  datasourceId: string | null,
  path: string,
): Promise<void> {
  if (datasourceId === null) return;
  if (!(await repos.datasources.existsInWorkspace(datasourceId, workspaceId)))
    throw badRequest(`${path}: no such datasource in this workspace`, "unknown_datasource", path);
}
