import type { Db } from "../db/openDatabase";
import { conflict } from "../errors";
import type { SecretBox } from "../secrets/createSecretBox";
import { openStoredSecret } from "./openStoredSecret";
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
 * reach a datasource outside the workspace it was saved in. A secret that cannot be decrypted
 * is a 409 `secret_unreadable` naming it: the call would go out without it otherwise.
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
    else if (header.sealed) {
      const value = openStoredSecret(box, row, header.sealed);
      if (value === null) {
        throw conflict(
          "secret_unreadable",
          `The secret header ${header.name} of the datasource ${row.name} cannot be decrypted; enter it again in the datasource`,
        );
      }
      headers.push({ name: header.name, value, secret: true });
    }
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
