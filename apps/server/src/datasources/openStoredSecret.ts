import type { SecretBox } from "../secrets/createSecretBox";
import { datasourceSecretAad } from "./datasourceSecretAad";

/**
 * The plain value of a sealed secret header of a datasource, or null when it cannot be
 * opened: sealed under another key, for another datasource or origin, or damaged. Such a
 * value is as good as none; the author has to enter it again.
 */
export function openStoredSecret(
  box: SecretBox,
  datasource: { id: string; baseUrl: string },
  sealed: string,
): string | null {
  try {
    return box.open(sealed, datasourceSecretAad(datasource.id, datasource.baseUrl));
  } catch {
    return null;
  }
}
