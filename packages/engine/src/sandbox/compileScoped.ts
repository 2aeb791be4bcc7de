import { TICK, tick } from "./budget";

/**
 * Compiles code that runs over a live scope (handlers, JS objects): `body` is the inside of a
 * strict function, and the result is that function, to be called with the `this` it needs.
 * Names resolve through the scope when the code runs, so JS functions always see current values.
 */
export function compileScoped(body: string, scope: object, isAsync: boolean): (this: unknown) => unknown {
  // `with` is how free names reach the scope; only the outer, non-strict wrapper has it, the
  // user's code itself is strict.
  const factory = new Function(
    TICK,
    "__scope",
    `with (__scope) { return (${isAsync ? "async " : ""}function () {\n"use strict";\n${body}\n}); }`,
  );
  return factory(tick, scope) as (this: unknown) => unknown;
}
