import { parseSegments } from "../bindings/parseSegments";
import { describeSyntaxError, isSyntaxError, parseHandler } from "../code/parseCode";
import { formatError } from "../evaluation/formatError";
import { compileScoped } from "./compileScoped";
import { instrumentCode } from "./instrumentCode";

/**
 * Compiles event handler code (`{{Login1.signin(...)}}`, several bindings, or plain JS) into
 * an async function over `scope`, or returns why it cannot run. One expression gives its value;
 * statements may `await` and `return`.
 */
export function compileHandler(code: string, scope: object): (() => Promise<unknown>) | string {
  const bodies = parseSegments(code).flatMap((segment) =>
    segment.kind === "binding" ? [segment.expression] : [],
  );
  const parsed = parseHandler(bodies.length === 0 ? code.trim() : bodies.join(";\n"));
  if (isSyntaxError(parsed)) return describeSyntaxError(parsed);
  // An empty label makes a timeout name the handler that is running.
  const body = instrumentCode(parsed.source, parsed.node, () => "");
  try {
    return compileScoped(
      parsed.kind === "expression" ? `return (${body}\n);` : body,
      scope,
      true,
    ) as () => Promise<unknown>;
  } catch (error) {
    return formatError(error);
  }
}
