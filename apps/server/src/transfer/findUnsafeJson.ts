/** Keys that reach an object's prototype when code assigns or merges them. */
const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** The deepest nesting an import file may have; exported files stay under 20. */
export const MAX_IMPORT_DEPTH = 32;

/** Why a JSON value is refused, with the path of the offending key or value. */
export interface UnsafeJson {
  path: (string | number)[];
  message: string;
}

/**
 * Finds the first key that could pollute a prototype (`__proto__`, `constructor`,
 * `prototype`) or the first value nested deeper than MAX_IMPORT_DEPTH, before any schema or
 * merge touches the value. Iterative, so hostile nesting cannot exhaust the stack.
 */
export function findUnsafeJson(value: unknown): UnsafeJson | null {
  const stack: { item: unknown; path: (string | number)[] }[] = [{ item: value, path: [] }];
  while (stack.length) {
    const { item, path } = stack.pop() as { item: unknown; path: (string | number)[] };
    if (!item || typeof item !== "object") continue;
    if (path.length >= MAX_IMPORT_DEPTH) {
      return { path, message: `nests deeper than ${MAX_IMPORT_DEPTH} levels` };
    }
    if (Array.isArray(item)) {
      item.forEach((child, index) => {
        stack.push({ item: child, path: [...path, index] });
      });
      continue;
    }
    for (const key of Object.keys(item)) {
      if (UNSAFE_KEYS.has(key)) return { path: [...path, key], message: `the key "${key}" is not allowed` };
      stack.push({ item: (item as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return null;
}
