import type { SecretBox } from "../secrets/createSecretBox";
import { datasourceConfigAad } from "./datasourceSecretAad";
import type { StoredDatasourceConfig } from "./storedDatasourceConfig";

/**
 * The plain value of a sealed secret of a datasource, or null when it cannot be opened:
 * sealed under another key, for another datasource or origin, or damaged. Such a value is
 * as good as none; the author has to enter it again.
 */
export function openStoredSecret(
  box: SecretBox,
  datasource: { id: string } & StoredDatasourceConfig,
  sealed: string,
): string | null {
  try {
    return box.open(sealed, datasourceConfigAad(datasource.id, datasource));
  } catch {
    return null;
  }
}
