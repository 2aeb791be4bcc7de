import type { Node } from "acorn";
import { parseSegments } from "../bindings/parseSegments";
import { extractReferences } from "../code/extractReferences";
import { memoOf } from "../code/memoOf";
import { describeSyntaxError, isSyntaxError, parseExpression, parseHandler } from "../code/parseCode";
import { parseJsObject } from "../js/parseJsObject";
import { instrumentCode } from "../sandbox/instrumentCode";
import {
  type CodeSource,
  type EntryGuard,
  type ExpressionCode,
  type HandlerCode,
  type JsObjectCode,
  jsObjectKey,
} from "./CompiledCode";

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
      const guard = entryGuardOf(member.value);
      result.functions.push({
        name: member.name,
        code: instrumentCode(source, property, () => `${name}.${member.name}`),
        reads: extractReferences(member.value).paths,
        ...(guard ? { guard } : {}),
      });
    } else {
      result.variables.push({ name: member.name, code: instrumentCode(source, member.value, () => "") });
    }
  }
  return result;
}

type AnyNode = Node & Record<string, unknown>;

/**
 * The entry guard a function opens with, if it does: exactly
 * `if (!appsmith.store.key) { [await] navigateTo("Page"); [return <literal>;] }` as its first
 * statement, with neither name shadowed by a parameter.
 */
function entryGuardOf(fn: Node): EntryGuard | undefined {
  const f = fn as AnyNode;
  const params = f.params as AnyNode[];
  if (
    params.some(
      (param) => param.type !== "Identifier" || ["appsmith", "navigateTo"].includes(param.name as string),
    )
  )
    return undefined;
  const body = f.body as AnyNode;
  if (body.type !== "BlockStatement") return undefined;
  const first = (body.body as AnyNode[])[0];
  if (first?.type !== "IfStatement" || first.alternate) return undefined;
  const key = storeKeyNegated(first.test as AnyNode);
  if (key === undefined) return undefined;
  const consequent = first.consequent as AnyNode;
  const statements = consequent.type === "BlockStatement" ? (consequent.body as AnyNode[]) : [consequent];
  const [call, after, ...rest] = statements;
  if (rest.length > 0 || call?.type !== "ExpressionStatement") return undefined;
  const target = navigationTarget(call.expression as AnyNode);
  if (target === undefined) return undefined;
  if (
    after &&
    !(after.type === "ReturnStatement" && (!after.argument || (after.argument as AnyNode).type === "Literal"))
  )
    return undefined;
  return { storeLacks: key, navigateTo: target };
}

/** `key` of `!appsmith.store.key` (or `!appsmith.store["key"]`). */
function storeKeyNegated(test: AnyNode): string | undefined {
  if (test.type !== "UnaryExpression" || test.operator !== "!") return undefined;
  const member = test.argument as AnyNode;
  if (member.type !== "MemberExpression" || member.optional) return undefined;
  const store = member.object as AnyNode;
  if (store.type !== "MemberExpression" || store.computed || store.optional) return undefined;
  const appsmith = store.object as AnyNode;
  if (appsmith.type !== "Identifier" || appsmith.name !== "appsmith") return undefined;
  if ((store.property as AnyNode).name !== "store") return undefined;
  const property = member.property as AnyNode;
  if (!member.computed && property.type === "Identifier") return property.name as string;
  if (member.computed && property.type === "Literal" && typeof property.value === "string")
    return property.value;
  return undefined;
}

/** "Page" of `navigateTo("Page")` or `await navigateTo("Page")`. */
function navigationTarget(expression: AnyNode): string | undefined {
  const call = (expression.type === "AwaitExpression" ? expression.argument : expression) as AnyNode;
  if (call.type !== "CallExpression" || call.optional) return undefined;
  const callee = call.callee as AnyNode;
  if (callee.type !== "Identifier" || callee.name !== "navigateTo") return undefined;
  const args = call.arguments as AnyNode[];
  if (args.length !== 1 || args[0].type !== "Literal" || typeof args[0].value !== "string") return undefined;
  return args[0].value;
}

/** JS objects kept analysed before the memo starts over (a page has a few; the editor edits them). */
const MAX_ANALYSED_JS_OBJECTS = 200;

/**
 * analyzeJsObject, once per name and text: the parse was a twentieth of a page's full
 * evaluation at 1,000 bindings (bench engine), paid again on every preview and navigation.
 */
const analyzeJsObjectOnce = memoOf(MAX_ANALYSED_JS_OBJECTS, analyzeJsObject, jsObjectKey);

/** Analyses code as it comes, with acorn: the editor and its preview, where code changes. */
export const parsingCodeSource: CodeSource = {
  expression: analyzeExpression,
  handler: analyzeHandler,
  jsObject: analyzeJsObjectOnce,
};
