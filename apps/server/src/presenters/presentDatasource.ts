import type { Datasource } from "@tessera/model";
import { openStoredSecret } from "../datasources/openStoredSecret";
import type { SecretBox } from "../secrets/createSecretBox";
import type { DatasourceRecord } from "../store/repositories/datasources";

/**
 * A datasource for the API. Secret headers show only that they exist and hold a value:
 * `{ name, secret: true, hasValue: true }`; neither the value nor its ciphertext leaves. A value
 * that no longer decrypts (another key, a moved origin) reads as none, so the editor asks for it.
 */
export function presentDatasource(datasource: DatasourceRecord, box: SecretBox): Datasource {
  return {
    id: datasource.id,
    workspaceId: datasource.workspaceId,
    name: datasource.name,
    baseUrl: datasource.baseUrl,
    headers: datasource.headers.map((h) =>
      h.secret
        ? {
            name: h.name,
            secret: true,
            hasValue: h.sealed !== undefined && openStoredSecret(box, datasource, h.sealed) !== null,
          }
        : { name: h.name, secret: false, value: h.value ?? "", hasValue: (h.value ?? "") !== "" },
    ),
    timeoutMs: datasource.timeoutMs,
    updatedAt: datasource.updatedAt,
  };
}
