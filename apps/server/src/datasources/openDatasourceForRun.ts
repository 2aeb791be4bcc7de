import { conflict } from "../errors";
import { kindOfStored, type RunnableDatasource } from "../execution/kinds/registry";
import type { SecretBox } from "../secrets/createSecretBox";
import type { DatasourceRecord } from "../store/repositories/datasources";
import { openStoredSecret } from "./openStoredSecret";

export type { RunnableDatasource } from "../execution/kinds/registry";

/**
 * A stored datasource with its secrets decrypted, by its kind's `open`. A secret that cannot
 * be decrypted is a 409 `secret_unreadable` naming it: the call would go out without it otherwise.
 */
export function openDatasourceForRun(box: SecretBox, datasource: DatasourceRecord): RunnableDatasource {
  const { id, workspaceId, name, createdAt: _createdAt, updatedAt: _updatedAt, ...config } = datasource;
  const kind = kindOfStored(config);
  const open = (what: string, sealed: string): string => {
    const value = openStoredSecret(box, datasource, sealed);
    if (value === null) {
      throw conflict(
        "secret_unreadable",
        `The ${what} of the datasource ${datasource.name} cannot be decrypted; enter it again in the datasource`,
      );
    }
    return value;
  };
  // The registry's kinds are seen by name here; each kind's own type says its member.
  return {
    id,
    workspaceId,
    name,
    origin: kind.origin(config),
    ...kind.open(config, open),
  } as RunnableDatasource;
}
