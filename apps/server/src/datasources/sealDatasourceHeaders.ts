import type { DatasourceBody } from "@tessera/model";
import type { SecretBox } from "../secrets/createSecretBox";
import { datasourceOrigin } from "./datasourceOrigin";
import { datasourceSecretAad } from "./datasourceSecretAad";
import type { StoredHeader } from "./storedHeader";

/** Stored headers, and the secret headers whose kept value was dropped. */
export interface SealedHeaders {
  headers: StoredHeader[];
  /** Names of secret headers sent without value whose stored value could not be kept. */
  clearedSecrets: string[];
}

/**
 * Turns the headers an author sent into stored headers, encrypting secret values for this
 * datasource at `baseUrl`. A secret header sent without `value` keeps the value stored under
 * the same name (case-insensitive, as HTTP header names are): secrets are write-only, so the
 * editor never has them to resend. But only while the origin stays: a kept secret would
 * otherwise go to whatever server the base URL now names, so moving to another origin drops
 * every secret the same request does not enter again.
 */
export function sealDatasourceHeaders(
  box: SecretBox,
  datasource: { id: string; baseUrl: string },
  headers: DatasourceBody["headers"],
  previous: { baseUrl: string; headers: StoredHeader[] } | null = null,
): SealedHeaders {
  const aad = datasourceSecretAad(datasource.id, datasource.baseUrl);
  const sameOrigin =
    previous !== null && datasourceOrigin(previous.baseUrl) === datasourceOrigin(datasource.baseUrl);
  const clearedSecrets: string[] = [];
  const stored = headers.map((header): StoredHeader => {
    if (!header.secret) return { name: header.name, secret: false, value: header.value ?? "" };
    if (header.value !== undefined)
      return { name: header.name, secret: true, sealed: box.seal(header.value, aad) };
    const kept = previous?.headers.find(
      (p) => p.secret && p.sealed && p.name.toLowerCase() === header.name.toLowerCase(),
    );
    if (kept?.sealed && sameOrigin) return { name: header.name, secret: true, sealed: kept.sealed };
    if (kept) clearedSecrets.push(header.name);
    return { name: header.name, secret: true };
  });
  return { headers: stored, clearedSecrets };
}
