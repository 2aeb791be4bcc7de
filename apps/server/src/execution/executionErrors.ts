import { ApiError } from "../errors";

/**
 * Failures of an outbound call, with stable codes the viewer shows. Upstream 4xx/5xx are
 * not errors (they are run results); these are the cases where no answer came back.
 */

/** 400: a datasource or query names a kind this server does not run (saved by a newer version). */
export const unknownKind = (name: string, known: readonly string[]) =>
  new ApiError(
    400,
    "unknown_kind",
    `The datasource kind "${name}" is not known; known kinds: ${known.join(", ")}`,
  );

/** 400: the stored path or query would leave the datasource's origin or base path. */
export const originMismatch = (detail: string) =>
  new ApiError(400, "origin_mismatch", `The request URL must stay on the datasource's base URL: ${detail}`);

/** 502: the host resolves to an address outbound calls may not reach. */
export const addressRefused = (host: string, reason: string) =>
  new ApiError(502, "address_refused", `Calls to ${host} are not allowed: ${reason}`);

/** 502: nothing listens at the upstream address. */
export const upstreamUnreachable = (origin: string, reason: string) =>
  new ApiError(
    502,
    "upstream_unreachable",
    `Could not connect to ${origin}: ${reason}. Is the service running?`,
  );

/** 502: the upstream host name does not resolve. */
export const upstreamDns = (host: string) =>
  new ApiError(
    502,
    "upstream_dns",
    `Could not resolve the host name ${host}. Check the datasource's base URL.`,
  );

/** 504: no complete answer within the datasource's timeout. */
export const upstreamTimeout = (origin: string, timeoutMs: number) =>
  new ApiError(504, "upstream_timeout", `${origin} did not answer within ${timeoutMs} ms`);

/** 502: the answer is larger than a run may return. */
export const responseTooLarge = (limitBytes: number) =>
  new ApiError(502, "response_too_large", `The upstream answer is larger than ${limitBytes} bytes`);

/** 502: the connection failed in another way (reset, TLS, protocol). */
export const upstreamFailed = (origin: string, reason: string) =>
  new ApiError(502, "upstream_failed", `The call to ${origin} failed: ${reason}`);

/**
 * What a caller outside the app's workspace (a public app's visitor) reads instead of each
 * failure's detail, which names internal addresses, ports and reasons. Keyed by code.
 */
export const PLAIN_UPSTREAM_MESSAGES: ReadonlyMap<string, string> = new Map([
  ["origin_mismatch", "The query's address is not allowed."],
  ["address_refused", "The service may not be called from this server."],
  ["upstream_unreachable", "The service did not answer."],
  ["upstream_dns", "The service did not answer."],
  ["upstream_timeout", "The service did not answer in time."],
  ["response_too_large", "The service's answer is too large."],
  ["upstream_failed", "The service did not answer."],
  ["database_auth_failed", "The database refused the server's login."],
  ["database_not_found", "The service did not answer."],
]);
