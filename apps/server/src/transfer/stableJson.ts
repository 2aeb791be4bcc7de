function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!value || typeof value !== "object") return value;
  const sorted: Record<string, unknown> = {};
  // Code-unit order, not locale order: the file must come out the same on every machine.
  for (const key of Object.keys(value).sort())
    sorted[key] = sortKeys((value as Record<string, unknown>)[key]);
  return sorted;
}

/**
 * JSON text meant to live in git: keys sorted at every level, 2-space indent, a final
 * newline. Arrays keep their order (pages, modules and widgets are ordered).
 *
 * @example stableJson({ b: 1, a: [2] }) // '{\n  "a": [\n    2\n  ],\n  "b": 1\n}\n'
 */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}
