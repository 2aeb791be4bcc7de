import { parseSegments } from "@tessera/engine";
import { type Expression, type Node, parse } from "acorn";
import type { ActionArguments, AlertKind, EventAction, FieldText, NamedValue } from "./eventActions";

type AnyNode = Node & Record<string, unknown>;

/** What the reader needs to know of the page: which names are queries (`Api1.run()`). */
export interface ReadContext {
  queries: ReadonlySet<string>;
}

const alertKinds = new Set(["success", "info", "warning", "error"]);

/**
 * The action an event's code stands for, when it is code the picker writes (one `{{ }}` with
 * a call of a kind it knows, callbacks chained with then/catch); null otherwise, and the
 * code stays as it is, shown in the code field. An empty text is no action: null too.
 *
 * @example readEventAction('{{showAlert("Hi", "info")}}', { queries: new Set() })
 * // { kind: "showAlert", message: "Hi", type: "info" }
 */
export function readEventAction(code: string, context: ReadContext): EventAction | null {
  const segments = parseSegments(code);
  const bindings = segments.filter((s) => s.kind === "binding");
  if (bindings.length !== 1 || segments.some((s) => s.kind === "text" && s.text.trim() !== "")) return null;
  const expression = bindings[0].expression;
  const source = `(${expression}\n)`;
  let node: Expression;
  try {
    const program = parse(source, { ecmaVersion: "latest" });
    const statement = program.body[0];
    if (program.body.length !== 1 || statement.type !== "ExpressionStatement") return null;
    node = statement.expression;
  } catch {
    return null;
  }
  return new Reader(source, context).action(node as AnyNode);
}

class Reader {
  constructor(
    readonly source: string,
    readonly context: ReadContext,
  ) {}

  text(node: Node): string {
    return this.source.slice(node.start, node.end);
  }

  action(node: AnyNode): EventAction | null {
    if (node.type !== "CallExpression") return null;
    const callee = node.callee as AnyNode;
    const args = node.arguments as AnyNode[];
    if (callee.type === "MemberExpression" && !callee.computed) {
      const method = (callee.property as AnyNode).name;
      if ((method === "then" || method === "catch") && args.length === 1) {
        const inner = this.action(callee.object as AnyNode);
        const body = this.callback(args[0]);
        if (!inner || !body || (inner.kind !== "runFunction" && inner.kind !== "runQuery")) return null;
        if (method === "catch") {
          if (inner.onFailure.length > 0) return null;
          return { ...inner, onFailure: body };
        }
        if (inner.onSuccess.length > 0 || inner.onFailure.length > 0) return null;
        return { ...inner, onSuccess: body };
      }
      const object = callee.object as AnyNode;
      if (object.type !== "Identifier") return null;
      const entity = object.name as string;
      if (this.context.queries.has(entity) && method === "run") {
        if (args.length > 1) return null;
        const params = args.length === 0 ? [] : this.named(args[0]);
        if (!params) return null;
        return { kind: "runQuery", query: entity, params, onSuccess: [], onFailure: [] };
      }
      const actionArgs = this.arguments(args);
      if (!actionArgs) return null;
      return {
        kind: "runFunction",
        entity,
        fn: method as string,
        args: actionArgs,
        onSuccess: [],
        onFailure: [],
      };
    }
    if (callee.type !== "Identifier") return null;
    const values = args.map((arg) => this.value(arg));
    const literal = (i: number) => this.literal(args[i]);
    switch (callee.name) {
      case "navigateTo": {
        if (args.length < 1 || args.length > 3) return null;
        const params = args.length > 1 ? this.named(args[1]) : [];
        const target = args.length > 2 ? literal(2) : "SAME_WINDOW";
        if (!params || (target !== "SAME_WINDOW" && target !== "NEW_WINDOW")) return null;
        return { kind: "navigateTo", target: values[0], params, newWindow: target === "NEW_WINDOW" };
      }
      case "showAlert": {
        const type = args.length > 1 ? literal(1) : "info";
        if (args.length < 1 || args.length > 2 || type === null || !alertKinds.has(type)) return null;
        return { kind: "showAlert", message: values[0], type: type as AlertKind };
      }
      case "storeValue": {
        const key = literal(0);
        if (args.length !== 2 || key === null) return null;
        return { kind: "storeValue", key, value: values[1] };
      }
      case "showModal":
      case "closeModal": {
        const modal = literal(0);
        if (args.length !== 1 || modal === null) return null;
        return { kind: callee.name, modal };
      }
      case "copyToClipboard":
        return args.length === 1 ? { kind: "copyToClipboard", text: values[0] } : null;
      case "download": {
        const fileType = args.length > 2 ? literal(2) : "";
        if (args.length < 2 || args.length > 3 || fileType === null) return null;
        return { kind: "download", data: values[0], fileName: values[1], fileType };
      }
      default:
        return null;
    }
  }

  /** `(result) => { a; b; }` or `() => a`: the actions it runs. */
  callback(node: AnyNode): EventAction[] | null {
    if (node.type !== "ArrowFunctionExpression" && node.type !== "FunctionExpression") return null;
    if ((node.params as AnyNode[]).length > 1 || node.async) return null;
    const body = node.body as AnyNode;
    const expressions =
      body.type === "BlockStatement"
        ? (body.body as AnyNode[]).map((statement) =>
            statement.type === "ExpressionStatement" ? (statement.expression as AnyNode) : null,
          )
        : [body];
    const actions: EventAction[] = [];
    for (const expression of expressions) {
      const action = expression ? this.action(expression) : null;
      if (!action) return null;
      actions.push(action);
    }
    return actions;
  }

  arguments(args: AnyNode[]): ActionArguments | null {
    if (args.length === 1 && args[0].type === "ObjectExpression") {
      const named = this.named(args[0]);
      if (named) return { named };
    }
    if (args.some((arg) => arg.type === "SpreadElement")) return null;
    return { positional: args.map((arg) => this.value(arg)) };
  }

  /** `{ a: x, b }` with plain keys, as picker values; null for anything else. */
  named(node: AnyNode): NamedValue[] | null {
    if (node.type !== "ObjectExpression") return null;
    const entries: NamedValue[] = [];
    for (const property of node.properties as AnyNode[]) {
      if (property.type !== "Property" || property.computed || property.kind !== "init" || property.method)
        return null;
      const key = property.key as AnyNode;
      const name =
        key.type === "Identifier" ? (key.name as string) : key.type === "Literal" ? String(key.value) : null;
      if (name === null) return null;
      entries.push({ name, value: this.value(property.value as AnyNode) });
    }
    return entries;
  }

  /** A string literal's text, or null. */
  literal(node: AnyNode | undefined): string | null {
    return node?.type === "Literal" && typeof node.value === "string" ? node.value : null;
  }

  /** A picker value: a string's text, a template's text with `{{ }}`, else `{{code}}`. */
  value(node: AnyNode): FieldText {
    if (node.type === "Literal" && typeof node.value === "string" && !node.value.includes("{{"))
      return node.value;
    if (node.type === "Identifier" && node.name === "undefined") return "";
    if (node.type === "TemplateLiteral") {
      const quasis = node.quasis as AnyNode[];
      const expressions = node.expressions as AnyNode[];
      if (quasis.every((q) => !String((q.value as { cooked: string }).cooked).includes("{{"))) {
        return quasis
          .map((q, i) => {
            const cooked = (q.value as { cooked: string }).cooked;
            return i < expressions.length ? `${cooked}{{${this.text(expressions[i])}}}` : cooked;
          })
          .join("");
      }
    }
    return `{{${this.text(node)}}}`;
  }
}
