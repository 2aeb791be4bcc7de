import { type CodeSyntaxError, isSyntaxError } from "../code/parseCode";
import { parseJsObject } from "./parseJsObject";

/** A JS object's member as an editor shows it. */
export interface JsObjectMemberSummary {
  name: string;
  kind: "function" | "variable";
  async: boolean;
}

/**
 * The members of a JS object or JS module source, or why it does not parse (1-based line and
 * column, for an editor marker). The same parser the engine runs the code with.
 *
 * @example listJsObjectMembers("export default { n: 1, async load() {} }")
 * // { members: [{ name: "n", kind: "variable", async: false }, { name: "load", kind: "function", async: true }] }
 */
export function listJsObjectMembers(
  source: string,
): { members: JsObjectMemberSummary[] } | { error: CodeSyntaxError } {
  const parsed = parseJsObject(source);
  if (isSyntaxError(parsed)) return { error: parsed };
  return { members: parsed.members.map(({ name, kind, async }) => ({ name, kind, async })) };
}
