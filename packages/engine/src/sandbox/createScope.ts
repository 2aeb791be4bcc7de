import { allowedGlobals, blockedGlobals } from "../code/globalNames";
import { TICK } from "./budget";

/** The entities and functions user code may see, by name. */
export type ScopeLookup = ReadonlyMap<string, unknown>;

/** The compiler's own parameters, which the scope must not hide from the code. */
const compilerNames = new Set([TICK, "__scope"]);

/**
 * The object user code's free names resolve through (the code runs inside `with (scope)`):
 * entities and framework functions by name, live; standard globals pass through; blocked
 * globals read as undefined; anything else is a ReferenceError, as it would be in plain JS.
 */
export function createScope(lookup: ScopeLookup): object {
  return new Proxy(Object.create(null), {
    has(_target, key) {
      if (typeof key !== "string" || compilerNames.has(key)) return false;
      if (allowedGlobals.has(key)) return lookup.has(key);
      return true;
    },
    get(_target, key) {
      if (typeof key !== "string") return undefined;
      if (lookup.has(key)) return lookup.get(key);
      if (blockedGlobals.has(key)) return undefined;
      throw new ReferenceError(`${key} is not defined`);
    },
    set(_target, key) {
      throw new TypeError(`Cannot assign to ${String(key)}: entities change through their own functions`);
    },
  });
}

/**
 * Resolves a free name of a binding: the entity's value, undefined for a blocked global,
 * or a ReferenceError for an unknown name.
 */
export function resolveName(lookup: ScopeLookup, name: string): unknown {
  const value = lookup.get(name);
  if (value !== undefined || lookup.has(name)) return value;
  if (blockedGlobals.has(name)) return undefined;
  throw new ReferenceError(`${name} is not defined`);
}
