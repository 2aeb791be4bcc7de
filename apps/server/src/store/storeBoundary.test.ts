import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("..", import.meta.url));

/** What only store/ may hold, as written anywhere in a line (comments included, as grep sees them). */
const HANDLE_USES: [RegExp, string][] = [
  [/\bprepare\(/, "prepare("],
  [/better-sqlite3/, "better-sqlite3"],
  [/from\s+["']kysely["']/, 'from "kysely"'],
  [/from\s+["']pg["']/, 'from "pg"'],
  // A regular expression's exec is fine; a database handle's is not.
  [/\b(?:db|database|handle|sqlite|pool|client|tx|store|connection)\.exec\(/, ".exec( on a handle"],
];

/** SQL in a string or template literal. */
const SQL_IN_STRINGS: [RegExp, string][] = [
  [/\bSELECT\s/, "SELECT"],
  [/\bINSERT\s+INTO\b/i, "INSERT INTO"],
  [/\bUPDATE\s+\w+\s+SET\b/i, "UPDATE .. SET"],
  [/\bDELETE\s+FROM\b/i, "DELETE FROM"],
];

/** Every line of `text` that reaches past the store, as `file:line: what`. */
export function findStoreLeaks(file: string, text: string): string[] {
  const leaks: string[] = [];
  text.split("\n").forEach((line, index) => {
    for (const [pattern, what] of HANDLE_USES) {
      if (pattern.test(line)) leaks.push(`${file}:${index + 1}: ${what}`);
    }
  });
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const visit = (node: ts.Node) => {
    const literal =
      ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
        ? node.text
        : ts.isTemplateExpression(node)
          ? [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(" ")
          : null;
    if (literal !== null) {
      for (const [pattern, what] of SQL_IN_STRINGS) {
        if (pattern.test(literal)) {
          const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
          leaks.push(`${file}:${line + 1}: ${what} in a string`);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return leaks;
}

/** The server's source files outside store/, tests and test helpers. */
function serverSourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    const relativePath = relative(SRC, path);
    if (entry.isDirectory()) {
      // The PostgreSQL datasource kind speaks SQL to the databases users connect, not to the store.
      return relativePath === "store" ||
        relativePath === "test" ||
        relativePath === join("execution", "kinds", "postgres")
        ? []
        : serverSourceFiles(path);
    }
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

describe("the store boundary", () => {
  it("keeps SQL and database handles inside apps/server/src/store", () => {
    const files = serverSourceFiles(SRC);
    expect(files.length).toBeGreaterThan(100);
    const leaks = files.flatMap((path) => findStoreLeaks(relative(SRC, path), readFileSync(path, "utf8")));
    expect(leaks).toEqual([]);
  });

  it("finds each kind of leak, and names its file and line", () => {
    const text = [
      'import Database from "better-sqlite3";',
      'import { sql } from "kysely";',
      'import { Pool } from "pg";',
      'const row = db.prepare("SELECT 1 FROM users").get();',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text with a template in it
      "db.exec(`DELETE FROM sessions WHERE expires_at < ${now}`);",
      "const update = 'update pages set revision = 2';",
      'const insert = "INSERT INTO apps (id) VALUES (?)";',
      // Not leaks: a regular expression's exec, SQL words in comments, plain English.
      "const match = /^email: (.*)$/m.exec(text); // SELECT a row, UPDATE it SET x",
      'const label = "Select a datasource to update";',
    ].join("\n");
    expect(findStoreLeaks("sample.ts", text)).toEqual([
      "sample.ts:1: better-sqlite3",
      'sample.ts:2: from "kysely"',
      'sample.ts:3: from "pg"',
      "sample.ts:4: prepare(",
      "sample.ts:5: .exec( on a handle",
      "sample.ts:4: SELECT in a string",
      "sample.ts:5: DELETE FROM in a string",
      "sample.ts:6: UPDATE .. SET in a string",
      "sample.ts:7: INSERT INTO in a string",
    ]);
  });
});
