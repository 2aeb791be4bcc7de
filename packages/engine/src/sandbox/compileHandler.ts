import type { CodeSource } from "../compile/CompiledCode";
import { formatError } from "../evaluation/formatError";
import { compileScoped } from "./compileScoped";

/**
 * Compiles event handler code (`{{Login1.signin(...)}}`, several bindings, or plain JS) into
 * an async function over `scope`, or returns why it cannot run. One expression gives its value;
 * statements may `await` and `return`.
 */
export function compileHandler(
  code: string,
  scope: object,
  source: CodeSource,
): (() => Promise<unknown>) | string {
  const analysed = source.handler(code);
  if ("error" in analysed) return analysed.error;
  try {
    return compileScoped(
      analysed.kind === "expression" ? `return (${analysed.body}\n);` : analysed.body,
      scope,
      true,
    ) as () => Promise<unknown>;
  } catch (error) {
    return formatError(error);
  }
}
