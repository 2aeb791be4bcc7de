/**
 * A copy of a value that survives `postMessage`: functions, symbols and Promises become
 * undefined, class instances plain objects, cycles are kept. Only used after a plain
 * `postMessage` failed, since the common case needs no copy.
 */
export function toCloneable(value: unknown, seen = new WeakMap<object, unknown>()): unknown {
  if (typeof value === "function" || typeof value === "symbol") return undefined;
  if (typeof value !== "object" || value === null) return value;
  if (seen.has(value)) return seen.get(value);
  if (
    value instanceof Date ||
    value instanceof RegExp ||
    value instanceof ArrayBuffer ||
    ArrayBuffer.isView(value)
  ) {
    return value;
  }
  if (value instanceof Promise) return undefined;
  if (value instanceof Error) return { name: value.name, message: value.message };
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    seen.set(value, copy);
    for (const item of value) copy.push(toCloneable(item, seen));
    return copy;
  }
  if (value instanceof Map) {
    const copy = new Map();
    seen.set(value, copy);
    for (const [k, v] of value) copy.set(toCloneable(k, seen), toCloneable(v, seen));
    return copy;
  }
  if (value instanceof Set) {
    const copy = new Set();
    seen.set(value, copy);
    for (const item of value) copy.add(toCloneable(item, seen));
    return copy;
  }
  const copy: Record<string, unknown> = {};
  seen.set(value, copy);
  for (const [key, item] of Object.entries(value)) {
    const cloned = toCloneable(item, seen);
    if (cloned !== undefined || item === undefined) copy[key] = cloned;
  }
  return copy;
}
