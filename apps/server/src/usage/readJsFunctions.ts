import { type Node, parse } from "acorn";

/** A function member of a JS module's `export default { ... }`. */
export interface JsFunctionShape {
  /** Each parameter as written: `{ email, password }`, `x = 1`. */
  params: string[];
  /** The function body's text, to tell whether the code changed. */
  body: string;
  /** Arguments a call must pass: the parameters before the first with a default or rest. */
  minArgs: number;
  /** Arguments a call may pass; null with a rest parameter. */
  maxArgs: number | null;
}

/** The members of a JS module: its functions by name, and the text of everything else. */
export interface JsModuleShape {
  functions: Map<string, JsFunctionShape>;
  /** Non-function members as `name: value` text, in source order. */
  others: string[];
  /** The names of those members. */
  variables: string[];
}

function isFunction(node: Node): node is Node & { params: Node[]; body: Node } {
  return node.type === "FunctionExpression" || node.type === "ArrowFunctionExpression";
}

/**
 * Reads the functions of a JS module source (`export default { signin: ({ email }) => ... }`),
 * or null when the source does not parse or is not an object export. Names come from plain
 * keys only, as the engine refuses computed ones.
 *
 * @example readJsFunctions("export default { a(x) { return x } }")?.functions.get("a")?.params // ["x"]
 */
export function readJsFunctions(source: string): JsModuleShape | null {
  let program: ReturnType<typeof parse>;
  try {
    program = parse(source, { ecmaVersion: "latest", sourceType: "module" });
  } catch {
    return null;
  }
  const exported = program.body.find((statement) => statement.type === "ExportDefaultDeclaration");
  if (exported?.declaration.type !== "ObjectExpression") return null;
  const shape: JsModuleShape = { functions: new Map(), others: [], variables: [] };
  for (const property of exported.declaration.properties) {
    if (property.type === "SpreadElement" || property.computed) continue;
    const key = property.key;
    const name = key.type === "Identifier" ? key.name : key.type === "Literal" ? String(key.value) : "";
    const value = property.value;
    if (isFunction(value)) {
      const optional = value.params.findIndex(
        (p) => p.type === "AssignmentPattern" || p.type === "RestElement",
      );
      shape.functions.set(name, {
        params: value.params.map((param) => source.slice(param.start, param.end)),
        body: source.slice(value.body.start, value.body.end),
        minArgs: optional < 0 ? value.params.length : optional,
        maxArgs: value.params.some((p) => p.type === "RestElement") ? null : value.params.length,
      });
    } else {
      shape.others.push(source.slice(property.start, property.end));
      shape.variables.push(name);
    }
  }
  return shape;
}
