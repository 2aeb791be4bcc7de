import type { Node } from "acorn";
import { parseSegments } from "../bindings/parseSegments";
import { extractReferences } from "../code/extractReferences";
import { describeSyntaxError, isSyntaxError, parseExpression, parseHandler } from "../code/parseCode";
import { parseJsObject } from "../js/parseJsObject";
import { instrumentCode } from "../sandbox/instrumentCode";
import type { CodeSource, ExpressionCode, HandlerCode, JsObjectCode } from "./CompiledCode";

/** Names that cannot be parameters of strict code; reading them is refused. */
const reservedNames = new Set(["eval", "arguments"]);

/** Analyses a binding expression with acorn. */
export function analyzeExpression(expression: string): ExpressionCode {
  const parsed = parseExpression(expression);
  if (isSyntaxError(parsed)) return { error: describeSyntaxError(parsed) };
  const { paths, names } = extractReferences(parsed.node);
  const reserved = names.find((name) => reservedNames.has(name));
  if (reserved) return { error: `${reserved} is not available in bindings` };
  // An empty label makes a timeout name the property being evaluated.
  return { paths, names, body: instrumentCode(parsed.source, parsed.node, () => "") };
}

/** Analyses event handler code: `{{ }}` bindings joined as statements, or plain JS. */
export function analyzeHandler(code: string): HandlerCode {
  const bodies = parseSegments(code).flatMap((segment) =>
    segment.kind === "binding" ? [segment.expression] : [],
  );
  const parsed = parseHandler(bodies.length === 0 ? code.trim() : bodies.join(";\n"));
  if (isSyntaxError(parsed)) return { error: describeSyntaxError(parsed) };
  // An empty label makes a timeout name the handler that is running.
  return { kind: parsed.kind, body: instrumentCode(parsed.source, parsed.node, () => "") };
}

/** Analyses `export default { ... }`; each deadline check names its member (`name.member`). */
export function analyzeJsObject(name: string, source: string): JsObjectCode {
  const parsed = parseJsObject(source);
  if (isSyntaxError(parsed)) return { error: describeSyntaxError(parsed) };
  const properties = parsed.object.properties as Node[];
  const result: Extract<JsObjectCode, { functions: unknown }> = { functions: [], variables: [] };
  for (const member of parsed.members) {
    if (member.kind === "function") {
      // Member text is kept as written, so methods, async methods and arrows all compile as
      // they were declared.
      const property = properties.find((p) => p.start === member.start)!;
      result.functions.push({
        name: member.name,
        code: instrumentCode(source, property, () => `${name}.${member.name}`),
        reads: extractReferences(member.value).paths,
      });
    } else {
      result.variables.push({ name: member.name, code: instrumentCode(source, member.value, () => "") });
    }
  }
  return result;
}

/** Analyses code as it comes, with acorn: the editor and its preview, where code changes. */
export const parsingCodeSource: CodeSource = {
  expression: analyzeExpression,
  handler: analyzeHandler,
  jsObject: analyzeJsObject,
};
