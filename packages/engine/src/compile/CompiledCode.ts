/**
 * User code analysed ahead of running it: what the engine needs from a parser (references,
 * syntax errors, code with its deadline checks), as plain data. The editor makes it on the fly
 * (`parsingCodeSource`); a deployment stores it (`compilePageCode`) so the viewer runs
 * without a parser (`compiledCodeSource`).
 */

/** A binding expression: the paths and free names it reads and its instrumented text. */
export type ExpressionCode = { paths: string[]; names: string[]; body: string } | { error: string };

/** Event handler code: one expression (its value is the result) or statements. */
export type HandlerCode = { kind: "expression" | "statements"; body: string } | { error: string };

/** `export default { ... }` of a JS object or a module instance, its deadline checks labelled. */
export type JsObjectCode =
  | {
      /**
       * Function members in source order: the member's text (key and value), what it reads,
       * and its entry guard when it opens with one.
       */
      functions: { name: string; code: string; reads: string[]; guard?: EntryGuard }[];
      /** Variable members in source order: the initializer's text. */
      variables: { name: string; code: string }[];
    }
  | { error: string };

/**
 * A function that opens with `if (!appsmith.store.key) { await navigateTo("Page"); return ...; }`:
 * when `key` is missing (falsy) from the store, all it does is go to `navigateTo`. The viewer
 * can decide that before the engine has started.
 */
export interface EntryGuard {
  storeLacks: string;
  navigateTo: string;
}

/** Every piece of code a page runs, keyed by its text (a JS object by `jsObjectKey`). */
export interface CompiledCode {
  expressions: Record<string, ExpressionCode>;
  handlers: Record<string, HandlerCode>;
  jsObjects: Record<string, JsObjectCode>;
  /**
   * Set when the page's only on-load action is a function with an entry guard (a sign-in
   * check such as the flagship's Home): the viewer then goes straight to its target when the
   * store lacks the key, without starting the page's code.
   */
  entryGuard?: EntryGuard;
}

/** Where the runtime gets the analysis of a piece of code. */
export interface CodeSource {
  expression(text: string): ExpressionCode;
  handler(code: string): HandlerCode;
  /** `name` labels the deadline checks (`Login1.signin ran longer than...`). */
  jsObject(name: string, source: string): JsObjectCode;
}

/** The key of a JS object's analysis: its labels depend on its name. */
export function jsObjectKey(name: string, source: string): string {
  return `${name}\n${source}`;
}

const notCompiled = "This code was not compiled with the deployment: deploy the app again";

/**
 * Reads analyses from a compiled table; code it does not hold goes to `fallback`, or fails
 * with a message saying to deploy again.
 */
export function compiledCodeSource(compiled: CompiledCode, fallback?: CodeSource): CodeSource {
  const own = Object.prototype.hasOwnProperty;
  return {
    expression: (text) =>
      own.call(compiled.expressions, text)
        ? compiled.expressions[text]
        : (fallback?.expression(text) ?? { error: notCompiled }),
    handler: (code) =>
      own.call(compiled.handlers, code)
        ? compiled.handlers[code]
        : (fallback?.handler(code) ?? { error: notCompiled }),
    jsObject: (name, source) => {
      const key = jsObjectKey(name, source);
      return own.call(compiled.jsObjects, key)
        ? compiled.jsObjects[key]
        : (fallback?.jsObject(name, source) ?? { error: notCompiled });
    },
  };
}
