import type { Datasource } from "@tessera/model";
import { openStoredSecret } from "../datasources/openStoredSecret";
import type { StoredHeader } from "../datasources/storedHeader";
import type { SecretBox } from "../secrets/createSecretBox";
import type { DatasourceRecord } from "../store/repositories/datasources";

/**
 * A datasource for the API. Secrets show only that they exist and hold a value: a secret
 * header is `{ name, secret: true, hasValue: true }`, a PostgreSQL password `hasPassword`;
 * neither the value nor its ciphertext leaves. A value that no longer decrypts (another key,
 * a moved origin) reads as none, so the editor asks for it.
 */
export function presentDatasource(datasource: DatasourceRecord, box: SecretBox): Datasource {
  const base = {
    id: datasource.id,
    workspaceId: datasource.workspaceId,
    name: datasource.name,
    updatedAt: datasource.updatedAt,
  };
  const opens = (sealed: string | undefined) =>
    sealed !== undefined && openStoredSecret(box, datasource, sealed) !== null;
  const headers = (stored: StoredHeader[]) =>
    stored.map((h) =>
      h.secret
        ? { name: h.name, secret: true, hasValue: opens(h.sealed) }
        : { name: h.name, secret: false, value: h.value ?? "", hasValue: (h.value ?? "") !== "" },
    );
  switch (datasource.kind) {
    case "postgres":
      return {
        ...base,
        kind: "postgres",
        host: datasource.host,
        port: datasource.port,
        database: datasource.database,
        user: datasource.user,
        hasPassword: opens(datasource.passwordSealed),
        sslMode: datasource.sslMode,
        readOnly: datasource.readOnly,
        statementTimeoutMs: datasource.statementTimeoutMs,
        rowCap: datasource.rowCap,
      };
    case "graphql":
      return {
        ...base,
        kind: "graphql",
        endpoint: datasource.endpoint,
        headers: headers(datasource.headers),
        timeoutMs: datasource.timeoutMs,
      };
    default:
      return {
        ...base,
        kind: "rest",
        baseUrl: datasource.baseUrl,
        headers: headers(datasource.headers),
        timeoutMs: datasource.timeoutMs,
      };
  }
}
