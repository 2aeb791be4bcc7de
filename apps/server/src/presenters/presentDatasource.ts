import type { Datasource } from "@tessera/model";
import { openStoredSecret } from "../datasources/openStoredSecret";
import { kindOfStored } from "../execution/kinds/registry";
import type { SecretBox } from "../secrets/createSecretBox";
import type { DatasourceRecord } from "../store/repositories/datasources";

/**
 * A datasource for the API, by its kind's `present`. Secrets show only that they exist and
 * hold a value: a secret header is `{ name, secret: true, hasValue: true }`, a PostgreSQL
 * password `hasPassword`; neither the value nor its ciphertext leaves. A value that no longer
 * decrypts (another key, a moved origin) reads as none, so the editor asks for it.
 */
export function presentDatasource(datasource: DatasourceRecord, box: SecretBox): Datasource {
  const { id, workspaceId, name, createdAt: _createdAt, updatedAt, ...config } = datasource;
  const opens = (sealed: string | undefined) =>
    sealed !== undefined && openStoredSecret(box, datasource, sealed) !== null;
  // The registry's kinds are seen by name here; each kind's own type says its member.
  return { id, workspaceId, name, updatedAt, ...kindOfStored(config).present(config, opens) } as Datasource;
}
