import type { CodeSource } from "../compile/CompiledCode";
import { TICK, tick } from "./budget";

/** A binding expression ready to run: what it reads and a function taking those names. */
export interface CompiledExpression {
  expression: string;
  /** Member paths it reads (`Input1.text`), for the dependency graph. */
  paths: string[];
  /** The free names it needs, in the order `run` takes their values. */
  names: string[];
  run?: (thisArg: unknown, args: unknown[]) => unknown;
  /** Why it cannot run (syntax error), when it cannot. */
  error?: string;
}

const cache = new Map<string, CompiledExpression>();
// The editor makes a new expression on every keystroke; forgetting everything now and then
// is cheaper than tracking use, and the page's own expressions compile again in one batch.
const cacheLimit = 20_000;

/**
 * Compiles a binding expression once per distinct text (cached). The code runs as a strict
 * function whose parameters are the names it reads, so it can reach nothing else but the
 * standard globals; loops and functions in it carry deadline checks.
 */
export function compileExpression(expression: string, code: CodeSource): CompiledExpression {
  const cached = cache.get(expression);
  if (cached) return cached;
  compileExpressions([expression], code);
  return cache.get(expression)!;
}

/**
 * Compiles many expressions with a single `new Function`, which costs far less than one call
 * per expression when a page with hundreds of bindings loads.
 */
export function compileExpressions(expressions: Iterable<string>, code: CodeSource): void {
  const pending: { compiled: CompiledExpression; code: string }[] = [];
  for (const expression of expressions) {
    if (cache.has(expression)) continue;
    const prepared = prepare(expression, code);
    if (cache.size >= cacheLimit) cache.clear();
    cache.set(expression, prepared.compiled);
    if (prepared.code) pending.push({ compiled: prepared.compiled, code: prepared.code });
  }
  if (pending.length === 0) return;
  try {
    const factory = new Function(TICK, `return [${pending.map((p) => p.code).join(",\n")}];`);
    const functions = factory(tick) as ((...args: unknown[]) => unknown)[];
    for (const [i, p] of pending.entries()) attach(p.compiled, functions[i]);
  } catch {
    // One expression the parser accepts but strict mode refuses (a duplicate parameter, an octal
    // literal) sinks the batch; compiling one by one pins the error on that expression.
    for (const p of pending) {
      try {
        attach(p.compiled, new Function(TICK, `return ${p.code};`)(tick));
      } catch (error) {
        p.compiled.error = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      }
    }
  }
}

function prepare(expression: string, code: CodeSource): { compiled: CompiledExpression; code?: string } {
  // `{{}}` is a binding that is still being typed: it is simply undefined.
  if (expression.trim() === "")
    return { compiled: { expression, paths: [], names: [], run: () => undefined } };
  const analysed = code.expression(expression);
  if ("error" in analysed) return { compiled: { expression, paths: [], names: [], error: analysed.error } };
  const { paths, names, body } = analysed;
  return {
    compiled: { expression, paths, names },
    code: `function (${names.join(", ")}) {\n"use strict";\nreturn (${body}\n);\n}`,
  };
}

function attach(compiled: CompiledExpression, fn: ((...args: unknown[]) => unknown) | undefined): void {
  if (typeof fn !== "function") return;
  compiled.run = (thisArg, args) => fn.apply(thisArg, args);
}
