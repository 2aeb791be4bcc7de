import type { DatasourceBody } from "@tessera/model";
import { sealDatasourceHeaders } from "../datasources/sealDatasourceHeaders";
import type { DatasourceRow } from "../datasources/storedHeader";
import { newId } from "../db/newId";
import type { Db } from "../db/openDatabase";
import type { SecretBox } from "../secrets/createSecretBox";

/** Creates a REST datasource in a workspace, encrypting its secret headers for it. */
export function datasourceCreator(
  db: Db,
  box: SecretBox,
  workspaceId: string,
  body: DatasourceBody,
): DatasourceRow {
  const now = new Date().toISOString();
  const id = newId();
  const { headers } = sealDatasourceHeaders(box, { id, baseUrl: body.baseUrl }, body.headers);
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
  db.prepare(
    `INSERT INTO datasources (id, workspace_id, name, base_url, headers_json, timeout_ms, created_at, updated_at)
     VALUES (@id, @workspace_id, @name, @base_url, @headers_json, @timeout_ms, @created_at, @updated_at)`,
  ).run(row);
  return row;
}
