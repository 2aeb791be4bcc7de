import { type Expression, type Node, type Options, type Program, parse } from "acorn";

/** Where user code failed to parse, 1-based line and column within the code given. */
export interface CodeSyntaxError {
  message: string;
  line: number;
  column: number;
}

/** Parsed user code: the AST, the source its positions point into, and how to run it. */
export interface ParsedCode {
  /** The text parsed; node positions index into it. */
  source: string;
  /** An expression (a binding), or the statements of a handler body. */
  kind: "expression" | "statements";
  /** The expression, or the Program holding the statements. */
  node: Expression | Program;
}

const baseOptions: Options = { ecmaVersion: "latest", sourceType: "script", locations: true };

/** Parses a binding's expression; `{a: 1}` is an object literal, as users mean it. */
export function parseExpression(code: string): ParsedCode | CodeSyntaxError {
  // The wrapper is what makes `{ a: 1 }` an object; the newline keeps a trailing `//` comment
  // from swallowing the closing parenthesis.
  const source = `(${code}\n)`;
  try {
    const program = parse(source, baseOptions);
    const statement = program.body[0];
    if (program.body.length !== 1 || statement?.type !== "ExpressionStatement") {
      return { message: "A binding must be a single expression", line: 1, column: 1 };
    }
    return { source, kind: "expression", node: statement.expression };
  } catch (error) {
    return syntaxError(error, 1);
  }
}

/**
 * Parses event handler code: one expression (`Login1.signin(...)`), whose value is the result,
 * or statements, which may `await` and `return`.
 */
export function parseHandler(code: string): ParsedCode | CodeSyntaxError {
  const asExpression = parseExpression(code);
  if (!isSyntaxError(asExpression)) return asExpression;
  try {
    const program = parse(code, {
      ...baseOptions,
      allowReturnOutsideFunction: true,
      allowAwaitOutsideFunction: true,
    });
    return { source: code, kind: "statements", node: program };
  } catch (error) {
    return syntaxError(error, 0);
  }
}

/** Parses a whole module text (`export default { ... }`). */
export function parseModule(code: string): Program | CodeSyntaxError {
  try {
    return parse(code, { ...baseOptions, sourceType: "module" });
  } catch (error) {
    return syntaxError(error, 0);
  }
}

export function isSyntaxError(value: unknown): value is CodeSyntaxError {
  return typeof value === "object" && value !== null && "message" in value && "line" in value;
}

/** Formats a syntax error for a property's error message. */
export function describeSyntaxError(error: CodeSyntaxError): string {
  return `SyntaxError: ${error.message} (line ${error.line}, column ${error.column})`;
}

/** acorn's error, with the column shifted back over the wrapper's opening parenthesis. */
function syntaxError(error: unknown, columnShift: number): CodeSyntaxError {
  const loc = (error as { loc?: { line: number; column: number } }).loc;
  const raw = error instanceof Error ? error.message : String(error);
  const message = raw.replace(/\s*\(\d+:\d+\)$/, "");
  if (!loc) return { message, line: 1, column: 1 };
  const shift = loc.line === 1 ? columnShift : 0;
  return { message, line: loc.line, column: Math.max(1, loc.column - shift + 1) };
}

export type { Node };
