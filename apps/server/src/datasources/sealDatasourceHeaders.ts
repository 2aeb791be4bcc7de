import type { DatasourceBody } from "@tessera/model";
import type { SecretBox } from "../secrets/createSecretBox";
import type { StoredHeader } from "./storedHeader";

/**
 * Turns the headers an author sent into stored headers, encrypting secret values. A secret
 * header sent without `value` keeps the value stored under the same name (case-insensitive,
 * as HTTP header names are): secrets are write-only, so the editor never has them to resend.
 */
export function sealDatasourceHeaders(
  box: SecretBox,
  headers: DatasourceBody["headers"],
  previous: StoredHeader[] = [],
): StoredHeader[] {
  return headers.map((header): StoredHeader => {
    if (!header.secret) return { name: header.name, secret: false, value: header.value ?? "" };
    if (header.value !== undefined)
      return { name: header.name, secret: true, sealed: box.seal(header.value) };
    const kept = previous.find(
      (p) => p.secret && p.sealed && p.name.toLowerCase() === header.name.toLowerCase(),
    );
    return kept
      ? { name: header.name, secret: true, sealed: kept.sealed }
      : { name: header.name, secret: true };
  });
}
