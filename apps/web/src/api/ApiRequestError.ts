/**
 * A failed API call, parsed from the server's `{ error: { code, message, path?, revision? } }`.
 * `status` is the HTTP status, or 0 when the server could not be reached at all.
 */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: string;
  readonly path: string | undefined;
  /** The current revision, on a 409 `stale_revision`. */
  readonly revision: number | undefined;
  /** Seconds to wait before retrying, from a 429's `Retry-After` header. */
  readonly retryAfter: number | undefined;
  /** The whole `error` object, for codes that carry more (`breaking_change` lists `affected`). */
  readonly details: Record<string, unknown>;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    path?: string;
    revision?: number;
    retryAfter?: number;
    details?: Record<string, unknown>;
  }) {
    super(init.message);
    this.name = "ApiRequestError";
    this.status = init.status;
    this.code = init.code;
    this.path = init.path;
    this.revision = init.revision;
    this.retryAfter = init.retryAfter;
    this.details = init.details ?? {};
  }
}

/** True when `error` is an {@link ApiRequestError} with the given status (and code, when named). */
export function isApiError(error: unknown, status?: number, code?: string): error is ApiRequestError {
  if (!(error instanceof ApiRequestError)) return false;
  if (status !== undefined && error.status !== status) return false;
  if (code !== undefined && error.code !== code) return false;
  return true;
}
