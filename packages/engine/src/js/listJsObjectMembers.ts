import type { Node } from "acorn";
import { type CodeSyntaxError, isSyntaxError } from "../code/parseCode";
import { parseJsObject } from "./parseJsObject";

/** A JS object's member as an editor shows it. */
export interface JsObjectMemberSummary {
  name: string;
  kind: "function" | "variable";
  async: boolean;
  /** A function's parameters as written (`{ email, password }`, `x = 1`); empty for variables. */
  params: string[];
}

/**
 * The members of a JS object or JS module source, or why it does not parse (1-based line and
 * column, for an editor marker). The same parser the engine runs the code with.
 *
 * @example listJsObjectMembers("export default { n: 1, async load() {} }")
 * // { members: [{ name: "n", kind: "variable", async: false, params: [] },
//              { name: "load", kind: "function", async: true, params: [] }] }
 */
export function listJsObjectMembers(
  source: string,
): { members: JsObjectMemberSummary[] } | { error: CodeSyntaxError } {
  const parsed = parseJsObject(source);
  if (isSyntaxError(parsed)) return { error: parsed };
  return {
    members: parsed.members.map(({ name, kind, async, value }) => ({
      name,
      kind,
      async,
      params:
        kind === "function"
          ? (value as Node & { params: Node[] }).params.map((param) => source.slice(param.start, param.end))
          : [],
    })),
  };
}
