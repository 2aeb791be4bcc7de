import type { RestDatasourceBody } from "@tessera/model";
import { z } from "zod";
import type { StoredHeader } from "../../../datasources/storedHeader";
import type { OpenSecret, SecretSealer, StoredSecret } from "../DatasourceKind";

/** The headers of an HTTP datasource (REST, GraphQL) as stored: secret values sealed. */
export const storedHeadersSchema: z.ZodType<StoredHeader[]> = z.array(
  z.object({
    name: z.string(),
    secret: z.boolean(),
    value: z.string().optional(),
    sealed: z.string().optional(),
  }),
);

/** An HTTP header with its plain value; secret headers without a stored value are left out. */
export type OpenedHeader = { name: string; value: string; secret: boolean };

/**
 * The author's headers as stored. A secret header sent without value keeps the stored one of
 * the same name, case-insensitive as HTTP names are (while the datasource stays at its origin).
 */
export function sealHeaders(
  headers: RestDatasourceBody["headers"],
  previous: StoredHeader[] | undefined,
  sealer: SecretSealer,
): StoredHeader[] {
  return headers.map((header): StoredHeader => {
    if (!header.secret) return { name: header.name, secret: false, value: header.value ?? "" };
    if (header.value !== undefined)
      return { name: header.name, secret: true, sealed: sealer.seal(header.value) };
    const old = previous?.find(
      (p) => p.secret && p.sealed && p.name.toLowerCase() === header.name.toLowerCase(),
    );
    const sealed = sealer.keep(header.name, old?.sealed);
    return sealed ? { name: header.name, secret: true, sealed } : { name: header.name, secret: true };
  });
}

/** The headers with their secret values decrypted for a call. */
export function openHeaders(headers: StoredHeader[], open: OpenSecret): OpenedHeader[] {
  const opened: OpenedHeader[] = [];
  for (const header of headers) {
    if (!header.secret) opened.push({ name: header.name, value: header.value ?? "", secret: false });
    else if (header.sealed)
      opened.push({
        name: header.name,
        value: open(`secret header ${header.name}`, header.sealed),
        secret: true,
      });
  }
  return opened;
}

/** The headers as presented: a secret says only whether it holds a value that opens. */
export function presentHeaders(headers: StoredHeader[], opens: (sealed: string | undefined) => boolean) {
  return headers.map((h) =>
    h.secret
      ? { name: h.name, secret: true, hasValue: opens(h.sealed) }
      : { name: h.name, secret: false, value: h.value ?? "", hasValue: (h.value ?? "") !== "" },
  );
}

/** The sealed secrets among the headers. */
export function headerSecrets(headers: StoredHeader[]): StoredSecret[] {
  return headers.flatMap((h) => (h.secret && h.sealed ? [{ name: h.name, sealed: h.sealed }] : []));
}

/** The headers with each sealed value replaced by `fn` of it. */
export function mapHeaderSecrets(
  headers: StoredHeader[],
  fn: (secret: StoredSecret) => string,
): StoredHeader[] {
  return headers.map((h) =>
    h.secret && h.sealed ? { ...h, sealed: fn({ name: h.name, sealed: h.sealed }) } : h,
  );
}
