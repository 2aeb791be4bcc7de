import { type CodeReferences, extractReferences } from "./extractReferences";
import { type CodeSyntaxError, isSyntaxError, parseExpression, parseHandler } from "./parseCode";

/**
 * What a binding expression (`"expression"`) or event handler code (`"handler"`) reads and
 * calls, or why it does not parse: the editor's checks and completion read code with the
 * same parser the engine runs it with.
 *
 * @example referencesOf("Login1.signin({ email: Input1.text })", "handler")
 * // { paths: ["Login1.signin", "Input1.text"], names: ["Login1", "Input1"], calls: ["Login1.signin"] }
 */
export function referencesOf(
  code: string,
  mode: "expression" | "handler",
): CodeReferences | { error: CodeSyntaxError } {
  const parsed = mode === "expression" ? parseExpression(code) : parseHandler(code);
  if (isSyntaxError(parsed)) return { error: parsed };
  return extractReferences(parsed.node);
}
