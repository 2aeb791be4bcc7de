/**
 * An evaluated value as the property pane shows it: strings quoted as JSON would, objects as
 * indented JSON, and values JSON cannot hold (undefined, functions) by name.
 */
export function formatEvaluated(value: unknown): string {
  if (value === undefined) return "undefined";
  if (typeof value === "function") return "function";
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}
