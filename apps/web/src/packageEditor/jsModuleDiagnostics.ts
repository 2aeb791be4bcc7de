import { parse } from "acorn";
import type { CodeMarker } from "../monaco/codeEditorTypes";

/**
 * The problems of a JS module's source as editor markers: syntax errors, and anything other
 * than `export default { ... }`, which is the one shape a module may have.
 */
export function jsModuleDiagnostics(source: string): CodeMarker[] {
  let program: ReturnType<typeof parse>;
  try {
    program = parse(source, { ecmaVersion: "latest", sourceType: "module", locations: true });
  } catch (error) {
    const loc = (error as { loc?: { line: number; column: number } }).loc;
    const message = (error as Error).message.replace(/\s*\(\d+:\d+\)$/, "");
    const line = loc?.line ?? 1;
    const column = (loc?.column ?? 0) + 1;
    return [
      {
        message,
        severity: "error",
        startLine: line,
        startColumn: column,
        endLine: line,
        endColumn: column + 1,
      },
    ];
  }
  const markerAt = (
    node: { loc?: { start: { line: number; column: number }; end: { line: number; column: number } } | null },
    message: string,
  ): CodeMarker => ({
    message,
    severity: "error",
    startLine: node.loc?.start.line ?? 1,
    startColumn: (node.loc?.start.column ?? 0) + 1,
    endLine: node.loc?.end.line ?? 1,
    endColumn: (node.loc?.end.column ?? 0) + 1,
  });
  const markers: CodeMarker[] = [];
  const exported = program.body.find((s) => s.type === "ExportDefaultDeclaration");
  for (const statement of program.body) {
    if (statement !== exported)
      markers.push(markerAt(statement, "Only `export default { ... }` is allowed in a JS module"));
  }
  if (!exported) {
    markers.push({
      message: "Expected `export default { ... }`",
      severity: "error",
      startLine: 1,
      startColumn: 1,
      endLine: 1,
      endColumn: 2,
    });
  } else if (exported.declaration.type !== "ObjectExpression") {
    markers.push(markerAt(exported.declaration, "The default export must be an object literal `{ ... }`"));
  } else {
    const seen = new Set<string>();
    for (const property of exported.declaration.properties) {
      if (property.type === "SpreadElement" || property.computed) {
        markers.push(markerAt(property, "Members must have plain names (no spread or computed keys)"));
        continue;
      }
      const key = property.key;
      const name = key.type === "Identifier" ? key.name : key.type === "Literal" ? String(key.value) : "";
      if (seen.has(name)) markers.push(markerAt(key, `Duplicate member "${name}"`));
      seen.add(name);
    }
  }
  return markers;
}

/** The function names of a JS module, in source order; empty when it does not parse. */
export function jsModuleFunctionNames(source: string): string[] {
  try {
    const program = parse(source, { ecmaVersion: "latest", sourceType: "module" });
    const exported = program.body.find((s) => s.type === "ExportDefaultDeclaration");
    if (exported?.declaration.type !== "ObjectExpression") return [];
    return exported.declaration.properties.flatMap((p) =>
      p.type === "Property" &&
      !p.computed &&
      p.key.type === "Identifier" &&
      (p.value.type === "FunctionExpression" || p.value.type === "ArrowFunctionExpression")
        ? [p.key.name]
        : [],
    );
  } catch {
    return [];
  }
}
