import { type CodeReferences, extractReferences } from "./extractReferences";
import { memoOf } from "./memoOf";
import { type CodeSyntaxError, isSyntaxError, parseExpression, parseHandler } from "./parseCode";

type References = CodeReferences | { error: CodeSyntaxError };

/**
 * Code kept analysed before the memo starts over: a page of a thousand bindings fits, and the
 * editor, which makes a new text on every keystroke, forgets the lot now and then.
 */
const MAX_ANALYSED = 5_000;

const analysed = memoOf(
  MAX_ANALYSED,
  (code: string, mode: "expression" | "handler"): References => {
    const parsed = mode === "expression" ? parseExpression(code) : parseHandler(code);
    return isSyntaxError(parsed) ? { error: parsed } : extractReferences(parsed.node);
  },
  (code, mode) => `${mode}\0${code}`,
);

/**
 * What a binding expression (`"expression"`) or event handler code (`"handler"`) reads and
 * calls, or why it does not parse: the editor's checks and completion read code with the
 * same parser the engine runs it with. Each text is parsed once (the editor checks every
 * binding of a page after each keystroke: bench bigApp, 1,000 bindings); the answer is shared,
 * so read it only.
 *
 * @example referencesOf("Login1.signin({ email: Input1.text })", "handler")
 * // { paths: ["Login1.signin", "Input1.text"], names: ["Login1", "Input1"], calls: ["Login1.signin"] }
 */
export function referencesOf(code: string, mode: "expression" | "handler"): References {
  return analysed(code, mode);
}
