import { badRequest } from "../../../errors";
import type { SubstitutedBody } from "../../createOutboundClient";

/** A datasource header with its value decrypted: only ever held on the server. */
export interface DatasourceHeader {
  name: string;
  value: string;
  secret: boolean;
}

// Framing and routing headers belong to the HTTP client, never to a stored query.
const RESERVED = new Set([
  "host",
  "content-length",
  "connection",
  "transfer-encoding",
  "keep-alive",
  "upgrade",
  "te",
  "trailer",
  "expect",
  // Answers are returned as text or JSON, never decompressed: ask for them uncompressed.
  "accept-encoding",
]);

const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;

/**
 * The headers of an outbound call, by precedence: the datasource's plain headers, then the
 * query's own (which may override plain ones), then the datasource's secret headers, which
 * nothing a query holds can replace or read. Reserved framing headers from a query are
 * dropped; a JSON or text body gets a content type unless the query set one.
 *
 * @example mergeRequestHeaders([["Authorization", "Bearer t"]], [{ name: "apikey", value: "k", secret: true }], null)
 */
export function mergeRequestHeaders(
  queryHeaders: readonly [string, string][],
  datasourceHeaders: readonly DatasourceHeader[],
  body: SubstitutedBody,
): Record<string, string> {
  const merged = new Map<string, string>();
  const set = (name: string, value: string) => merged.set(name.toLowerCase(), headerSafe(value));
  for (const header of datasourceHeaders) if (!header.secret) set(header.name, header.value);
  const secretNames = new Set(datasourceHeaders.filter((h) => h.secret).map((h) => h.name.toLowerCase()));
  for (const [name, value] of queryHeaders) {
    if (!HEADER_NAME.test(name)) throw badRequest(`The header name "${name}" is not valid`, "invalid_header");
    const lower = name.toLowerCase();
    if (RESERVED.has(lower) || lower.startsWith("proxy-") || secretNames.has(lower)) continue;
    set(name, value);
  }
  for (const header of datasourceHeaders) if (header.secret) set(header.name, header.value);
  if (body && !merged.has("content-type")) {
    merged.set("content-type", body.kind === "json" ? "application/json" : "text/plain; charset=utf-8");
  }
  if (!merged.has("accept")) merged.set("accept", "application/json, text/plain, */*");
  if (!merged.has("user-agent")) merged.set("user-agent", "Tessera");
  return Object.fromEntries(merged);
}

/** Keeps only what Node accepts in a header value (no CR, LF or other controls). */
function headerSafe(value: string): string {
  return value.replace(/[^\t\x20-\x7e\x80-\xff]/g, "");
}
