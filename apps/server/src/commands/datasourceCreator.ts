import type { DatasourceBody } from "@tessera/model";
import { sealDatasourceConfig } from "../datasources/sealDatasourceConfig";
import type { SecretBox } from "../secrets/createSecretBox";
import { newId } from "../store/newId";
import type { DatasourceRecord } from "../store/repositories/datasources";
import type { Repositories } from "../store/Store";

/** Creates a datasource of any kind in a workspace, encrypting its secrets for it. */
export async function datasourceCreator(
  repos: Repositories,
  box: SecretBox,
  workspaceId: string,
  body: DatasourceBody,
): Promise<DatasourceRecord> {
  const now = new Date().toISOString();
  const id = newId();
  // Sealing is done before any store work: it must never run inside a transaction.
  const { config } = sealDatasourceConfig(box, id, body);
  const datasource: DatasourceRecord = {
    id,
    workspaceId,
    name: body.name,
    createdAt: now,
    updatedAt: now,
    ...config,
  };
  await repos.datasources.insert(datasource);
  return datasource;
}
