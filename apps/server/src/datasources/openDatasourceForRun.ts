import { conflict } from "../errors";
import type { SecretBox } from "../secrets/createSecretBox";
import type { DatasourceRecord } from "../store/repositories/datasources";
import { openStoredSecret } from "./openStoredSecret";

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
 * A stored datasource with its secret headers decrypted. A secret that cannot be decrypted
 * is a 409 `secret_unreadable` naming it: the call would go out without it otherwise.
 */
export function openDatasourceForRun(box: SecretBox, datasource: DatasourceRecord): RunnableDatasource {
  const headers: RunnableDatasource["headers"] = [];
  for (const header of datasource.headers) {
    if (!header.secret) headers.push({ name: header.name, value: header.value ?? "", secret: false });
    else if (header.sealed) {
      const value = openStoredSecret(box, datasource, header.sealed);
      if (value === null) {
        throw conflict(
          "secret_unreadable",
          `The secret header ${header.name} of the datasource ${datasource.name} cannot be decrypted; enter it again in the datasource`,
        );
      }
      headers.push({ name: header.name, value, secret: true });
    }
  }
  return {
    id: datasource.id,
    workspaceId: datasource.workspaceId,
    name: datasource.name,
    baseUrl: datasource.baseUrl,
    headers,
    timeoutMs: datasource.timeoutMs,
  };
}
