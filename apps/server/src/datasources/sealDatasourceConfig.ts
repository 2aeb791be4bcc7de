import type { DatasourceBody } from "@tessera/model";
import type { SecretSealer } from "../execution/kinds/DatasourceKind";
import { kindOfBody } from "../execution/kinds/registry";
import type { SecretBox } from "../secrets/createSecretBox";
import { datasourceConfigAad } from "./datasourceSecretAad";
import type { StoredDatasourceConfig } from "./storedDatasourceConfig";

/** A stored config, and the secrets whose kept value was dropped. */
export interface SealedConfig {
  config: StoredDatasourceConfig;
  /** Names of secrets sent without value whose stored value could not be kept. */
  clearedSecrets: string[];
}

/**
 * Turns the datasource an author sent into its stored config, encrypting every secret for
 * this datasource and its origin. A secret sent without value keeps the stored one (a
 * header of the same name, case-insensitive as HTTP names are; the PostgreSQL password):
 * secrets are write-only, so the editor never has them to resend. But only while the origin
 * stays: a kept secret would otherwise go to whatever server the datasource now names, so
 * moving (another base URL origin or endpoint, another database host, port or name) drops
 * every secret the same request does not enter again, and names it in `clearedSecrets`.
 * A body of another kind than `previous` keeps nothing. Which fields are secret is the kind's
 * to say (its `seal`).
 */
export function sealDatasourceConfig(
  box: SecretBox,
  datasourceId: string,
  body: DatasourceBody,
  previous: StoredDatasourceConfig | null = null,
): SealedConfig {
  const kind = kindOfBody(body);
  const plain: StoredDatasourceConfig = kind.storedOf(body);
  const aad = datasourceConfigAad(datasourceId, plain);
  const kept = previous?.kind === plain.kind ? previous : null;
  const sameOrigin = kept !== null && kind.origin(kept) === kind.origin(plain);
  const clearedSecrets: string[] = [];
  const sealer: SecretSealer = {
    seal: (value) => box.seal(value, aad),
    keep: (name, previousSealed) => {
      if (previousSealed === undefined) return undefined;
      if (sameOrigin) return previousSealed;
      clearedSecrets.push(name);
      return undefined;
    },
  };
  return { config: kind.seal(body, plain, kept, sealer), clearedSecrets };
}
