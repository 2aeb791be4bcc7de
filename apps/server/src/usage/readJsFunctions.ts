import { type Node, parse } from "acorn";

/** A function member of a JS module's `export default { ... }`. */
export interface JsFunctionShape {
  /** Each parameter as written: `{ email, password }`, `x = 1`. */
  params: string[];
  /** The function body's text, to tell whether the code changed. */
  body: string;
}

/** The members of a JS module: its functions by name, and the text of everything else. */
export interface JsModuleShape {
  functions: Map<string, JsFunctionShape>;
  /** Non-function members as `name: value` text, in source order. */
  others: string[];
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
  const shape: JsModuleShape = { functions: new Map(), others: [] };
  for (const property of exported.declaration.properties) {
    if (property.type === "SpreadElement" || property.computed) continue;
    const key = property.key;
    const name = key.type === "Identifier" ? key.name : key.type === "Literal" ? String(key.value) : "";
    const value = property.value;
    if (isFunction(value)) {
      shape.functions.set(name, {
        params: value.params.map((param) => source.slice(param.start, param.end)),
        body: source.slice(value.body.start, value.body.end),
      });
    } else {
      shape.others.push(source.slice(property.start, property.end));
    }
  }
  return shape;
}
