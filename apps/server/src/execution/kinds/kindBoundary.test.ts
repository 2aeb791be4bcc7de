import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { registry } from "./registry";

const ROOT = fileURLToPath(new URL("../../../../../", import.meta.url));

/**
 * The kinds whose names must appear only in their own files and the two lists. REST is left
 * out: it is the kind of a body or config stored before kinds existed, so `kind ?? "rest"`
 * is a default, not a switch.
 */
const CHECKED_KINDS = Object.keys(registry).filter((kind) => kind !== "rest");

/** Where a kind may be named: its own files, and the lists that gather them. */
function allowed(path: string, kind: string): boolean {
  const posix = path.split(sep).join("/");
  return (
    posix === `packages/model/src/kinds/${kind}.ts` ||
    posix === "packages/model/src/kinds/index.ts" ||
    posix.startsWith(`apps/server/src/execution/kinds/${kind}/`) ||
    posix === "apps/server/src/execution/kinds/registry.ts" ||
    posix === `apps/web/src/kindForms/${kind}.tsx` ||
    // Monaco's languages (`graphql`) are editor modes, not datasource kinds.
    posix.startsWith("apps/web/src/monaco/")
  );
}

const EQUALITY = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
  ts.SyntaxKind.QuestionQuestionToken,
]);

const nameOf = (node: ts.Node | undefined) =>
  node && (ts.isIdentifier(node) || ts.isStringLiteral(node)) ? node.text : undefined;

/**
 * Every place in `text` that treats one of `kinds` as a kind value, as `file:line: what`:
 * `kind === "postgres"`, `case "graphql":`, `kind: "postgres"` (a value or a type), a kind
 * name passed to a call (`emptyQueryConfig("postgres")`, `z.literal("graphql")`), and a kind
 * name as a key or member (`{ postgres: ... }`, `registry.graphql`): a hand-written list.
 */
export function findKindSwitches(file: string, text: string, kinds: readonly string[]): string[] {
  const found: string[] = [];
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const report = (node: ts.Node, what: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push(`${file}:${line + 1}: ${what}`);
  };
  const visit = (node: ts.Node) => {
    const parent = node.parent;
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && kinds.includes(node.text)) {
      const holder = parent && ts.isLiteralTypeNode(parent) ? parent.parent : parent;
      const at = parent && ts.isLiteralTypeNode(parent) ? parent : node;
      if (holder && ts.isCaseClause(holder)) report(node, `case "${node.text}"`);
      else if (
        holder &&
        ts.isBinaryExpression(holder) &&
        EQUALITY.has(holder.operatorToken.kind) &&
        /\bkind\b/i.test((holder.left === at ? holder.right : holder.left).getText(source))
      )
        report(node, `kind compared with "${node.text}"`);
      else if (
        holder &&
        (ts.isPropertyAssignment(holder) || ts.isPropertySignature(holder)) &&
        nameOf(holder.name) === "kind"
      )
        report(node, `kind: "${node.text}"`);
      else if (holder && ts.isCallExpression(holder) && holder.arguments.includes(node as ts.Expression))
        report(node, `"${node.text}" passed to a call`);
    }
    if (ts.isIdentifier(node) && kinds.includes(node.text) && parent) {
      if ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent)) && parent.name === node)
        report(node, `${node.text} as a key`);
      else if (ts.isPropertyAccessExpression(parent) && parent.name === node) report(node, `.${node.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The source files (tests and test helpers aside) under `dir`. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === "test" || entry.name === "node_modules" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const SOURCE_ROOTS = [
  "apps/server/src",
  "apps/web/src",
  ...readdirSync(join(ROOT, "packages")).map((name) => `packages/${name}/src`),
];

describe("the kind boundary", () => {
  it("names a datasource kind only in its own files and the two lists", () => {
    expect(CHECKED_KINDS).toEqual(expect.arrayContaining(["postgres", "graphql"]));
    const files = SOURCE_ROOTS.flatMap((root) => sourceFiles(join(ROOT, root)));
    expect(files.length).toBeGreaterThan(300);
    const switches = files.flatMap((path) => {
      const file = relative(ROOT, path);
      const kinds = CHECKED_KINDS.filter((kind) => !allowed(file, kind));
      return findKindSwitches(file, readFileSync(path, "utf8"), kinds);
    });
    expect(switches).toEqual([]);
  });

  it("finds a switch on a kind, and leaves other uses of the same word alone", () => {
    const kinds = ["postgres", "graphql"];
    const hits = (text: string) => findKindSwitches("x.tsx", text, kinds).length;
    expect(hits('if (datasource.kind === "postgres") run();')).toBe(1);
    expect(hits('if ("graphql" !== form.kind) run();')).toBe(1);
    expect(hits('switch (d.kind) { case "graphql": break; }')).toBe(1);
    expect(hits('const a = { kind: "postgres", sql: "" };')).toBe(1);
    expect(hits('type P = Extract<Datasource, { kind: "postgres" }>;')).toBe(1);
    expect(hits('emptyQueryConfig("graphql", null);')).toBe(1);
    expect(hits("const forms = { rest: A, postgres: B };")).toBe(1);
    expect(hits("registry.graphql.test(ctx, d);")).toBe(1);
    expect(hits('if (dialect.name === "postgres") x();')).toBe(0);
    expect(hits('import { a } from "./kinds/postgres";')).toBe(0);
    expect(hits('// kind === "postgres" in a comment')).toBe(0);
  });
});
