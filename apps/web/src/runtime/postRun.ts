import type { QueryRunResult } from "@tessera/engine";
import type { RunBody } from "@tessera/model";

/** The platform refused a run; `code` is its stable error code (`session_expired`, `not_found`). */
export class RunRefused extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/**
 * Runs a stored query through the platform (POST /api/v1/run). Upstream answers, 4xx/5xx
 * included, resolve as data; when the platform itself refuses (unknown query, no access,
 * upstream unreachable), the promise rejects with its message.
 */
export async function postRun(body: RunBody, signal?: AbortSignal): Promise<QueryRunResult> {
  let response: Response;
  try {
    response = await fetch("/api/v1/run", {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      signal,
    });
  } catch {
    throw new Error(`${body.query} failed: the server could not be reached`);
  }
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (payload as { error?: { message?: unknown; code?: unknown } } | null)?.error;
    const message = error?.message;
    throw new RunRefused(
      `${body.query} failed: ${typeof message === "string" ? message : `HTTP ${response.status}`}`,
      typeof error?.code === "string" ? error.code : undefined,
    );
  }
  return payload as QueryRunResult;
}
