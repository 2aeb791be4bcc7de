/**
 * An error the API answers with a stable code. Thrown anywhere below a handler; the error
 * middleware turns it into `{ error: { code, message, path?, revision? } }`.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly path?: string;
  readonly revision?: number;
  readonly headers?: Record<string, string>;

  constructor(
    status: number,
    code: string,
    message: string,
    extra: { path?: string; revision?: number; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.path = extra.path;
    this.revision = extra.revision;
    this.headers = extra.headers;
  }

  /** The JSON body of the answer. */
  toBody(): { error: { code: string; message: string; path?: string; revision?: number } } {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.path !== undefined ? { path: this.path } : {}),
        ...(this.revision !== undefined ? { revision: this.revision } : {}),
      },
    };
  }
}

/**
 * Cuts text a request supplied (a key, a path segment, a URL) to `max` characters for an error
 * message, so a 10 KB key is not echoed back (twice: in the message and in `path`).
 *
 * @example `${clipText(key)}: must be a string`
 */
export function clipText(text: string, max = 100): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

/** 400: the request is well-formed JSON but not acceptable. */
export function badRequest(message: string, code = "invalid_request", path?: string): ApiError {
  return new ApiError(400, code, message, { path });
}

/** 401: no valid session. */
export function unauthenticated(message = "Sign in first"): ApiError {
  return new ApiError(401, "unauthenticated", message);
}

/** 403: signed in and a member, but the role does not allow this. */
export function forbidden(message = "Your role does not allow this", code = "forbidden"): ApiError {
  return new ApiError(403, code, message);
}

/** 404: unknown, or belonging to a workspace the caller is not a member of. */
export function notFound(what = "Resource"): ApiError {
  return new ApiError(404, "not_found", `${what} not found`);
}

/** 409: the write conflicts with the stored state. */
export function conflict(code: string, message: string, extra: { path?: string } = {}): ApiError {
  return new ApiError(409, code, message, extra);
}

/** 410: the resource existed but can no longer be used (a used or expired link). */
export function gone(code: string, message: string): ApiError {
  return new ApiError(410, code, message);
}

/** 409 for an optimistic-concurrency miss: the caller must reload `revision` first. */
export function staleRevision(revision: number): ApiError {
  return new ApiError(409, "stale_revision", "Someone saved a newer revision; reload and retry", {
    revision,
  });
}

/** 429: too many attempts; `retryAfterSeconds` goes into the Retry-After header. */
export function tooManyRequests(
  retryAfterSeconds: number,
  message = "Too many attempts; try again later",
): ApiError {
  return new ApiError(429, "too_many_requests", message, {
    headers: { "Retry-After": String(retryAfterSeconds) },
  });
}

/** 503: the server sheds work it cannot take on now (a full queue); retry shortly. */
export function serviceBusy(retryAfterSeconds = 1): ApiError {
  return new ApiError(503, "busy", "The server is busy; try again in a moment", {
    headers: { "Retry-After": String(retryAfterSeconds) },
  });
}
