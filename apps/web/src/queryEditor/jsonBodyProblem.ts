import { parseSegments } from "@tessera/engine";

/**
 * Why a query body that looks like JSON is not valid JSON, or null when it is fine. Each
 * binding stands in as `null` (a JSON value, or plain text inside a string), so
 * `{ "email": {{inputs.email}} }` passes. Bodies that do not start like JSON are not checked.
 */
export function jsonBodyProblem(body: string): string | null {
  const trimmed = body.trim();
  if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) return null;
  const text = parseSegments(body)
    .map((segment) => (segment.kind === "binding" ? "null" : segment.text))
    .join("");
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    return `The body is not valid JSON: ${(error as Error).message}`;
  }
}
