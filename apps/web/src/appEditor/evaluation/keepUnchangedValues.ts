import type { EvaluationResult } from "@tessera/engine";

/**
 * `next`, with each entity's values object taken from `previous` when every one of its
 * properties is the same (by `Object.is`): a reload of the whole doc after one edit then hands
 * the canvas new objects only for what the edit changed, so the other widgets skip rendering.
 *
 * @example setResult((previous) => keepUnchangedValues(previous, next));
 */
export function keepUnchangedValues(
  previous: EvaluationResult | null,
  next: EvaluationResult,
): EvaluationResult {
  if (!previous) return next;
  let kept = false;
  const values: EvaluationResult["values"] = {};
  for (const [name, own] of Object.entries(next.values)) {
    const before = previous.values[name];
    const same = before !== undefined && before !== own && sameProperties(before, own);
    values[name] = same ? before : own;
    kept ||= same;
  }
  return kept ? { ...next, values } : next;
}

function sameProperties(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && Object.is(a[key], b[key]));
}
