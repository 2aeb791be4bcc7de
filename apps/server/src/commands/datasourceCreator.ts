import type { DatasourceBody } from "@tessera/model";
import { sealDatasourceHeaders } from "../datasources/sealDatasourceHeaders";
import type { DatasourceRow } from "../datasources/storedHeader";
import { newId } from "../db/newId";
import type { Db } from "../db/openDatabase";
import type { SecretBox } from "../secrets/createSecretBox";
import type { DatasourceRecord } from "../store/repositories/datasources";
import type { Repositories } from "../store/Store";

/** Creates a REST datasource in a workspace, encrypting its secret headers for it. */
export function datasourceCreator(
  repos: Repositories,
  box: SecretBox,
  workspaceId: string,
  body: DatasourceBody,
): Promise<DatasourceRecord>;
/** The same on the bare SQLite handle, for the demo seed that still writes through it. */
export function datasourceCreator(
  db: Db,
  box: SecretBox,
  workspaceId: string,
  body: DatasourceBody,
): DatasourceRow;
export function datasourceCreator(
  target: Repositories | Db,
  box: SecretBox,
  workspaceId: string,
  body: DatasourceBody,
): DatasourceRow | Promise<DatasourceRecord> {
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
  if ("prepare" in target) {
    const row: DatasourceRow = {
      id,
      workspace_id: workspaceId,
      name: body.name,
      base_url: body.baseUrl,
      headers_json: JSON.stringify(headers),
      timeout_ms: body.timeoutMs,
      created_at: now,
      updated_at: now,
    };
    target
      .prepare(
        `INSERT INTO datasources (id, workspace_id, name, base_url, headers_json, timeout_ms, created_at, updated_at)
         VALUES (@id, @workspace_id, @name, @base_url, @headers_json, @timeout_ms, @created_at, @updated_at)`,
      )
      .run(row);
    return row;
  }
  return target.datasources.insert(datasource).then(() => datasource);
}
