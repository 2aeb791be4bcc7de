/**
 * `compute`, run once per key (its first argument, or what `keyOf` makes of its arguments):
 * answers are kept until `max` keys are held, then all are forgotten and kept anew (keys are
 * texts of pages; the editor makes a new one on every keystroke). Answers are shared: read
 * them only.
 * @example const segments = memoOf(5_000, parseSegments); segments("Hi {{a}}") === segments("Hi {{a}}")
 */
export function memoOf<A extends [string, ...unknown[]], V>(
  max: number,
  compute: (...args: A) => V,
  keyOf: (...args: A) => string = (...args) => args[0],
): (...args: A) => V {
  const kept = new Map<string, V>();
  return (...args) => {
    const key = keyOf(...args);
    let value = kept.get(key);
    if (value === undefined) {
      value = compute(...args);
      if (kept.size >= max) kept.clear();
      kept.set(key, value);
    }
    return value;
  };
}
