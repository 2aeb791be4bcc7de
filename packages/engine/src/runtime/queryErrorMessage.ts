import type { QueryRunResult } from "./types";

/**
 * The message of a failed upstream answer: what the upstream said when it said it in a known
 * field (GoTrue's `msg`, OAuth's `error_description`, the common `message` and `error`),
 * otherwise the status.
 */
export function queryErrorMessage(result: QueryRunResult): string {
  const body = result.body;
  if (typeof body === "object" && body !== null) {
    const fields = body as Record<string, unknown>;
    for (const key of ["msg", "error_description", "message", "error"]) {
      const value = fields[key];
      if (typeof value === "string" && value.trim() !== "") return value;
      if (key === "error" && typeof value === "object" && value !== null) {
        const nested = (value as Record<string, unknown>).message;
        if (typeof nested === "string" && nested.trim() !== "") return nested;
      }
    }
  }
  if (typeof body === "string" && body.trim() !== "" && body.length <= 300) return body;
  return `Request failed with status ${result.status}`;
}
