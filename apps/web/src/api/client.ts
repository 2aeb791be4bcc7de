import { ApiRequestError } from "./ApiRequestError";

export { ApiRequestError, isApiError } from "./ApiRequestError";

/** Options of {@link apiFetch}: the method (GET by default) and a JSON body. */
export interface ApiFetchOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  body?: unknown;
  signal?: AbortSignal;
}

/**
 * Calls the platform API same-origin with a JSON body and returns the parsed JSON answer
 * (`undefined` for 204). Throws {@link ApiRequestError} for any non-2xx answer or network failure.
 *
 * @example const { user } = await apiFetch<{ user: User }>("/api/v1/auth/me");
 */
export async function apiFetch<T>(path: string, options: ApiFetchOptions = {}): Promise<T> {
  const { method = "GET", body, signal } = options;
  const headers: Record<string, string> = { accept: "application/json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      // The session cookie is SameSite=Lax and the server refuses foreign Origins: same-origin only.
      credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiRequestError({
      status: 0,
      code: "network_error",
      message: "Could not reach the server. Check your connection and try again.",
    });
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!response.ok) {
    const retryAfter = Number(response.headers.get("retry-after"));
    throw errorFromResponse(
      response.status,
      json,
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
    );
  }
  return json as T;
}

/** Builds the error of a non-2xx answer, tolerating bodies that are not the API's error shape. */
export function errorFromResponse(status: number, json: unknown, retryAfter?: number): ApiRequestError {
  const error = (json as { error?: Record<string, unknown> } | undefined)?.error;
  if (error && typeof error === "object") {
    return new ApiRequestError({
      status,
      code: typeof error.code === "string" ? error.code : `http_${status}`,
      message: typeof error.message === "string" ? error.message : `Request failed with status ${status}`,
      path: typeof error.path === "string" ? error.path : undefined,
      revision: typeof error.revision === "number" ? error.revision : undefined,
      retryAfter,
      details: error,
    });
  }
  return new ApiRequestError({
    status,
    code: `http_${status}`,
    message: `Request failed with status ${status}`,
  });
}
