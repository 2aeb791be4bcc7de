import { extractReferences } from "../code/extractReferences";
import { describeSyntaxError, isSyntaxError, parseExpression } from "../code/parseCode";
import { TICK, tick } from "./budget";
import { instrumentCode } from "./instrumentCode";

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

/** Names that cannot be parameters of strict code; reading them is refused. */
const reservedNames = new Set(["eval", "arguments"]);
const cache = new Map<string, CompiledExpression>();
// The editor makes a new expression on every keystroke; forgetting everything now and then
// is cheaper than tracking use, and the page's own expressions compile again in one batch.
const cacheLimit = 20_000;

/**
 * Compiles a binding expression once per distinct text (cached). The code runs as a strict
 * function whose parameters are the names it reads, so it can reach nothing else but the
 * standard globals; loops and functions in it carry deadline checks.
 */
export function compileExpression(expression: string): CompiledExpression {
  const cached = cache.get(expression);
  if (cached) return cached;
  compileExpressions([expression]);
  return cache.get(expression)!;
}

/**
 * Compiles many expressions with a single `new Function`, which costs far less than one call
 * per expression when a page with hundreds of bindings loads.
 */
export function compileExpressions(expressions: Iterable<string>): void {
  const pending: { compiled: CompiledExpression; code: string }[] = [];
  for (const expression of expressions) {
    if (cache.has(expression)) continue;
    const prepared = prepare(expression);
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
    // One expression acorn accepts but strict mode refuses (a duplicate parameter, an octal
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

function prepare(expression: string): { compiled: CompiledExpression; code?: string } {
  // `{{}}` is a binding that is still being typed: it is simply undefined.
  if (expression.trim() === "")
    return { compiled: { expression, paths: [], names: [], run: () => undefined } };
  const parsed = parseExpression(expression);
  if (isSyntaxError(parsed)) {
    return { compiled: { expression, paths: [], names: [], error: describeSyntaxError(parsed) } };
  }
  const { paths, names } = extractReferences(parsed.node);
  const compiled: CompiledExpression = { expression, paths, names };
  const reserved = names.find((name) => reservedNames.has(name));
  if (reserved) {
    compiled.error = `${reserved} is not available in bindings`;
    return { compiled };
  }
  // An empty label makes a timeout name the property being evaluated.
  const body = instrumentCode(parsed.source, parsed.node, () => "");
  return { compiled, code: `function (${names.join(", ")}) {\n"use strict";\nreturn (${body}\n);\n}` };
}

function attach(compiled: CompiledExpression, fn: ((...args: unknown[]) => unknown) | undefined): void {
  if (typeof fn !== "function") return;
  compiled.run = (thisArg, args) => fn.apply(thisArg, args);
}
