import type { RunBody, RunResult } from "@tessera/model";
import { apiFetch } from "./client";

/**
 * Runs a stored query on the server with evaluated binding values. Upstream 4xx/5xx come back
 * as a result with `ok: false`; an unreachable upstream or a timeout throws (502/504).
 */
export function runQuery(body: RunBody): Promise<RunResult> {
  return apiFetch<RunResult>("/api/v1/run", { method: "POST", body });
}
