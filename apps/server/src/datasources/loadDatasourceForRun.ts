import type { SecretBox } from "../secrets/createSecretBox";
import type { Repositories } from "../store/Store";
import { openDatasourceForRun, type RunnableDatasource } from "./openDatasourceForRun";

export type { RunnableDatasource } from "./openDatasourceForRun";

/**
 * Loads a datasource for execution, decrypting its secret headers (see openDatasourceForRun).
 * Resolves null when it does not exist or (when `workspaceId` is given) belongs to another
 * workspace: a query must never reach a datasource outside the workspace it was saved in.
 */
export async function loadDatasourceForRun(
  repos: Repositories,
  box: SecretBox,
  datasourceId: string,
  workspaceId?: string,
): Promise<RunnableDatasource | null> {
  const datasource = await repos.datasources.findById(datasourceId);
  if (!datasource || (workspaceId !== undefined && datasource.workspaceId !== workspaceId)) return null;
  return openDatasourceForRun(box, datasource);
}
