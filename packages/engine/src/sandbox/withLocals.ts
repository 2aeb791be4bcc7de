import type { ScopeLookup } from "./createScope";

/**
 * A scope that sees `locals` first and `base` for every other name: a List's template sees
 * `currentItem` and `currentIndex` beside the page's entities, without copying the page scope.
 */
export function withLocals(base: ScopeLookup, locals: Record<string, unknown>): ScopeLookup {
  return {
    get: (name) => (Object.hasOwn(locals, name) ? locals[name] : base.get(name)),
    has: (name) => Object.hasOwn(locals, name) || base.has(name),
  };
}
