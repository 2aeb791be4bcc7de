import type { Node, ObjectExpression, Program } from "acorn";
import { type CodeSyntaxError, isSyntaxError, parseModule } from "../code/parseCode";

/** A member of a JS object: a function (arrow, method, async) or a variable. */
export interface JsObjectMember {
  name: string;
  kind: "function" | "variable";
  async: boolean;
  /** The member's value: the function, or the variable's initializer. */
  value: Node;
  /** Where the whole member (key and value) sits in the source. */
  start: number;
  end: number;
}

/** A parsed `export default { ... }`. */
export interface ParsedJsObject {
  source: string;
  program: Program;
  object: ObjectExpression;
  members: JsObjectMember[];
}

/**
 * Parses the source of a JS object or JS module: exactly `export default { ... }` whose keys
 * are plain names. Errors carry a 1-based line and column.
 *
 * @example parseJsObject("export default { count: 1, inc() { this.count++ } }").members
 * // [{ name: "count", kind: "variable" }, { name: "inc", kind: "function" }]
 */
export function parseJsObject(source: string): ParsedJsObject | CodeSyntaxError {
  const program = parseModule(source);
  if (isSyntaxError(program)) return program;
  const exported = program.body.find((statement) => statement.type === "ExportDefaultDeclaration");
  const other = program.body.find((statement) => statement !== exported);
  if (other) return positioned(source, other, "Only `export default { ... }` is allowed here");
  if (!exported) return { message: "Expected `export default { ... }`", line: 1, column: 1 };
  const object = exported.declaration;
  if (object.type !== "ObjectExpression") {
    return positioned(source, object, "The default export must be an object literal `{ ... }`");
  }
  const members: JsObjectMember[] = [];
  const seen = new Set<string>();
  for (const property of object.properties) {
    if (property.type === "SpreadElement" || property.computed) {
      return positioned(source, property, "Members must have plain names (no spread or computed keys)");
    }
    if (property.kind !== "init")
      return positioned(source, property, "Getters and setters are not supported");
    const key = property.key;
    const name = key.type === "Identifier" ? key.name : key.type === "Literal" ? String(key.value) : "";
    if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name)) {
      return positioned(source, key, `"${name}" is not a valid member name`);
    }
    if (seen.has(name)) return positioned(source, key, `Duplicate member "${name}"`);
    seen.add(name);
    const value = property.value;
    const isFunction = value.type === "FunctionExpression" || value.type === "ArrowFunctionExpression";
    members.push({
      name,
      kind: isFunction ? "function" : "variable",
      async: isFunction && value.async,
      value,
      start: property.start,
      end: property.end,
    });
  }
  return { source, program, object, members };
}

function positioned(source: string, node: Node, message: string): CodeSyntaxError {
  const before = source.slice(0, node.start);
  const line = before.split("\n").length;
  const column = node.start - before.lastIndexOf("\n");
  return { message, line, column };
}
