import type { Datasource } from "@tessera/model";
import { openStoredSecret } from "../datasources/openStoredSecret";
import type { DatasourceRow, StoredHeader } from "../datasources/storedHeader";
import type { SecretBox } from "../secrets/createSecretBox";

/**
 * A datasource for the API. Secret headers show only that they exist and hold a value:
 * `{ name, secret: true, hasValue: true }`; neither the value nor its ciphertext leaves. A value
 * that no longer decrypts (another key, a moved origin) reads as none, so the editor asks for it.
 */
export function presentDatasource(row: DatasourceRow, box: SecretBox): Datasource {
  const headers = JSON.parse(row.headers_json) as StoredHeader[];
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    baseUrl: row.base_url,
    headers: headers.map((h) =>
      h.secret
        ? {
            name: h.name,
            secret: true,
            hasValue: h.sealed !== undefined && openStoredSecret(box, row, h.sealed) !== null,
          }
        : { name: h.name, secret: false, value: h.value ?? "", hasValue: (h.value ?? "") !== "" },
    ),
    timeoutMs: row.timeout_ms,
    updatedAt: row.updated_at,
  };
}
