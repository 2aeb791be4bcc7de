import type { Db } from "../db/openDatabase";
import type { SecretBox } from "../secrets/createSecretBox";
import type { DatasourceRow, StoredHeader } from "./storedHeader";

/** A datasource with its secrets decrypted: for outbound calls only, never for an answer. */
export interface RunnableDatasource {
  id: string;
  workspaceId: string;
  name: string;
  baseUrl: string;
  /** Every header with its plain value; secret headers without a stored value are left out. */
  headers: { name: string; value: string; secret: boolean }[];
  timeoutMs: number;
}

/**
 * Loads a datasource for execution, decrypting its secret headers. Returns null when it does
 * not exist or (when `workspaceId` is given) belongs to another workspace: a query must never
 * reach a datasource outside the workspace it was saved in.
 */
export function loadDatasourceForRun(
  db: Db,
  box: SecretBox,
  datasourceId: string,
  workspaceId?: string,
): RunnableDatasource | null {
  const row = db.prepare("SELECT * FROM datasources WHERE id = ?").get(datasourceId) as
    | DatasourceRow
    | undefined;
  if (!row || (workspaceId !== undefined && row.workspace_id !== workspaceId)) return null;
  const stored = JSON.parse(row.headers_json) as StoredHeader[];
  const headers: RunnableDatasource["headers"] = [];
  for (const header of stored) {
    if (!header.secret) headers.push({ name: header.name, value: header.value ?? "", secret: false });
    else if (header.sealed) headers.push({ name: header.name, value: box.open(header.sealed), secret: true });
  }
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    baseUrl: row.base_url,
    headers,
    timeoutMs: row.timeout_ms,
  };
}
