import type { RestDatasourceBody } from "@tessera/model";
import { z } from "zod";
import type { StoredHeader } from "../../../datasources/storedHeader";
import type { OpenSecret, SecretSealer, StoredSecret } from "../DatasourceKind";

// An HTTP kind (REST, GraphQL) stores what it calls under its own name (REST's baseUrl,
// GraphQL's endpoint) and, beside it, headers whose secret values are its only secrets, and a
// timeout: what is here serves both.

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

/** The stored config's fields of an HTTP kind beside its URL, for its stored schema. */
export const storedHttpFields = { headers: storedHeadersSchema, timeoutMs: z.number() };

/** An HTTP datasource's fields beside its URL, opened for a run. */
export interface OpenedHttpFields {
  headers: OpenedHeader[];
  timeoutMs: number;
}

/** A stored config with headers: what the header storage below reads and writes. */
type WithStoredHeaders = { headers: StoredHeader[] };

/**
 * The storage members of an HTTP kind that touch its secrets, all in its headers: sealing,
 * listing, re-sealing, opening and presenting them. Every other field is passed through as
 * stored, so the kind adds only its stored schema, origin and `storedOf`.
 */
export const headerSecretStorage = {
  seal<C extends WithStoredHeaders>(
    body: { headers: RestDatasourceBody["headers"] },
    plain: C,
    previous: C | null,
    sealer: SecretSealer,
  ): C {
    return { ...plain, headers: sealHeaders(body.headers, previous?.headers, sealer) };
  },
  secrets: (config: WithStoredHeaders): StoredSecret[] => headerSecrets(config.headers),
  mapSecrets<C extends WithStoredHeaders>(config: C, fn: (secret: StoredSecret) => string): C {
    return { ...config, headers: mapHeaderSecrets(config.headers, fn) };
  },
  open<C extends WithStoredHeaders>({ headers, ...config }: C, open: OpenSecret) {
    return { ...config, headers: openHeaders(headers, open) };
  },
  present<C extends WithStoredHeaders>(
    { headers, ...config }: C,
    opens: (sealed: string | undefined) => boolean,
  ) {
    return { ...config, headers: presentHeaders(headers, opens) };
  },
};

/**
 * The author's headers as stored. A secret header sent without value keeps the stored one of
 * the same name, case-insensitive as HTTP names are (while the datasource stays at its origin).
 */
function sealHeaders(
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
function openHeaders(headers: StoredHeader[], open: OpenSecret): OpenedHeader[] {
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
function presentHeaders(headers: StoredHeader[], opens: (sealed: string | undefined) => boolean) {
  return headers.map((h) =>
    h.secret
      ? { name: h.name, secret: true, hasValue: opens(h.sealed) }
      : { name: h.name, secret: false, value: h.value ?? "", hasValue: (h.value ?? "") !== "" },
  );
}

/** The sealed secrets among the headers. */
function headerSecrets(headers: StoredHeader[]): StoredSecret[] {
  return headers.flatMap((h) => (h.secret && h.sealed ? [{ name: h.name, sealed: h.sealed }] : []));
}

/** The headers with each sealed value replaced by `fn` of it. */
function mapHeaderSecrets(headers: StoredHeader[], fn: (secret: StoredSecret) => string): StoredHeader[] {
  return headers.map((h) =>
    h.secret && h.sealed ? { ...h, sealed: fn({ name: h.name, sealed: h.sealed }) } : h,
  );
}
