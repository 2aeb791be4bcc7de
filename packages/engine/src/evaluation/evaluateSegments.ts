import type { Segment } from "../bindings/parseSegments";
import type { CodeSource } from "../compile/CompiledCode";
import { type CompiledExpression, compileExpression } from "../sandbox/compileExpression";
import { resolveName, type ScopeLookup } from "../sandbox/createScope";
import { isThenable } from "./formatError";

/** A piece of a property value, its binding compiled. */
export type CompiledSegment = { text: string } | { compiled: CompiledExpression };

/** Compiles the bindings of parsed segments (from the cache when seen before). */
export function compileSegments(segments: readonly Segment[], code: CodeSource): CompiledSegment[] {
  return segments.map((segment) =>
    segment.kind === "text"
      ? { text: segment.text }
      : { compiled: compileExpression(segment.expression, code) },
  );
}

/**
 * A property's value: a lone binding keeps its JS type, text with bindings becomes text.
 * Throws what the code threw, or when it gives a Promise.
 */
export function evaluateSegments(segments: CompiledSegment[], scope: ScopeLookup): unknown {
  if (segments.length === 1 && "compiled" in segments[0]) return runExpression(segments[0].compiled, scope);
  let text = "";
  for (const segment of segments) {
    if ("text" in segment) text += segment.text;
    else text += toText(runExpression(segment.compiled, scope));
  }
  return text;
}

/** Runs one compiled expression with the values of the names it reads. */
export function runExpression(compiled: CompiledExpression, scope: ScopeLookup, thisArg?: unknown): unknown {
  if (!compiled.run) throw new Error(compiled.error ?? "This binding cannot run");
  const args = compiled.names.map((name) => resolveName(scope, name));
  const value = compiled.run(thisArg, args);
  if (isThenable(value)) {
    // Nobody will await it; keep a rejection from surfacing as unhandled.
    Promise.resolve(value).catch(() => {});
    throw new Error(
      "This binding evaluates to a Promise, but a binding needs a value now: run async code from an event handler",
    );
  }
  return value;
}

/** How a value shows inside text: objects as JSON, nothing as nothing. */
function toText(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "object") {
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}
