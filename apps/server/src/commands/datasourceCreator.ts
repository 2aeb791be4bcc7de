import type { DatasourceBody } from "@tessera/model";
import { sealDatasourceHeaders } from "../datasources/sealDatasourceHeaders";
import type { SecretBox } from "../secrets/createSecretBox";
import { newId } from "../store/newId";
import type { DatasourceRecord } from "../store/repositories/datasources";
import type { Repositories } from "../store/Store";

/** Creates a REST datasource in a workspace, encrypting its secret headers for it. */
export async function datasourceCreator(
  repos: Repositories,
  box: SecretBox,
  workspaceId: string,
  body: DatasourceBody,
): Promise<DatasourceRecord> {
  const now = new Date().toISOString();
  const id = newId();
  // Sealing is done before any store work: it must never run inside a transaction.
  const { headers } = sealDatasourceHeaders(box, { id, baseUrl: body.baseUrl }, body.headers);
  const datasource: DatasourceRecord = {
    id,
    workspaceId,
    name: body.name,
    baseUrl: body.baseUrl,
    headers,
    timeoutMs: body.timeoutMs,
    createdAt: now,
    updatedAt: now,
  };
  await repos.datasources.insert(datasource);
  return datasource;
}
