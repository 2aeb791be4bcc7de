import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const SRC = import.meta.dirname;

/** Every relative module a file names: imports and re-exports (type-only too) and import(). */
export function importedSpecifiers(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      if (ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    } else if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === "glob" &&
      ts.isMetaProperty(node.expression.expression) &&
      node.arguments[0]
    ) {
      // Vite's import.meta.glob imports every file its patterns match: `glob:` marks them.
      const patterns = ts.isArrayLiteralExpression(node.arguments[0])
        ? node.arguments[0].elements
        : [node.arguments[0]];
      for (const pattern of patterns) if (ts.isStringLiteralLike(pattern)) found.push(`glob:${pattern.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.filter((specifier) => /^(glob:!?)?\./.test(specifier));
}

/** The files a file's `glob:` patterns (one folder deep: `./*.tsx`, `!./*.test.tsx`) match. */
function globbed(fromFile: string, patterns: string[]): string[] {
  const toRegExp = (pattern: string) =>
    new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*")}$`);
  const include = patterns.filter((p) => !p.startsWith("!")).map(toRegExp);
  const exclude = patterns.filter((p) => p.startsWith("!")).map((p) => toRegExp(p.slice(1)));
  const dir = dirname(fromFile);
  return readdirSync(dir)
    .map((name) => `./${name}`)
    .filter((name) => include.some((r) => r.test(name)) && !exclude.some((r) => r.test(name)))
    .map((name) => join(dir, name))
    .filter((path) => path !== fromFile);
}

/** The file a relative specifier names, as TypeScript and Vite resolve it; null when none. */
function resolveSpecifier(fromFile: string, specifier: string): string | null {
  const base = resolve(dirname(fromFile), specifier.split("?")[0]);
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    join(base, "index.ts"),
    join(base, "index.tsx"),
  ])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

/**
 * The import circles of a graph (file -> files it imports), one per strongly connected group,
 * each as the shortest path that closes it from its first file: `a.ts -> b.ts -> a.ts`, with
 * how many more files the group holds. Sorted, so a report is stable.
 */
export function findImportCycles(graph: Map<string, string[]>): string[] {
  // Tarjan's strongly connected components, iterative enough for a few hundred files.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const groups: string[][] = [];
  let next = 0;
  const connect = (node: string) => {
    index.set(node, next);
    low.set(node, next);
    next++;
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        connect(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      const selfImport = group.length === 1 && (graph.get(node) ?? []).includes(node);
      if (group.length > 1 || selfImport) groups.push(group);
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) connect(node);

  return groups
    .map((group) => {
      // The shortest way from the group's first file back to itself, inside the group.
      const members = new Set(group);
      const start = [...group].sort()[0];
      const cameFrom = new Map<string, string>();
      const queue = [start];
      let closing: string | undefined;
      while (queue.length > 0 && closing === undefined) {
        const node = queue.shift()!;
        for (const target of [...(graph.get(node) ?? [])].sort()) {
          if (!members.has(target)) continue;
          if (target === start) {
            closing = node;
            break;
          }
          if (!cameFrom.has(target)) {
            cameFrom.set(target, node);
            queue.push(target);
          }
        }
      }
      const path = [start];
      for (let node = closing!; node !== start; node = cameFrom.get(node)!) path.splice(1, 0, node);
      const others = group.length - path.length;
      return (
        [...path, start].join(" -> ") + (others > 0 ? ` (and ${others} more files in circles with them)` : "")
      );
    })
    .sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

describe("imports under apps/web/src", () => {
  it("form no circle", () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(200);
    const graph = new Map<string, string[]>();
    const unresolved: string[] = [];
    for (const file of files) {
      const name = relative(SRC, file);
      const targets: string[] = [];
      const specifiers = importedSpecifiers(file, readFileSync(file, "utf8"));
      const globs = specifiers.filter((s) => s.startsWith("glob:")).map((s) => s.slice("glob:".length));
      if (globs.length > 0) {
        if (globs.some((pattern) => /^!?\.\/[^/]*$/.test(pattern) === false))
          unresolved.push(`${name}: import.meta.glob beyond its own folder`);
        targets.push(...globbed(file, globs).map((path) => relative(SRC, path)));
      }
      for (const specifier of specifiers.filter((s) => !s.startsWith("glob:"))) {
        const target = resolveSpecifier(file, specifier);
        if (target === null) unresolved.push(`${name}: ${specifier}`);
        else if (/\.tsx?$/.test(target)) targets.push(relative(SRC, target));
      }
      graph.set(name, targets);
    }
    expect(unresolved).toEqual([]);
    expect(findImportCycles(graph)).toEqual([]);
  });

  it("would see a circle, and name its path", () => {
    const graph = new Map([
      ["store.ts", ["slice.ts", "util.ts"]],
      ["slice.ts", ["types.ts"]],
      ["types.ts", ["store.ts"]],
      ["util.ts", []],
      ["self.ts", ["self.ts"]],
    ]);
    expect(findImportCycles(graph)).toEqual([
      "self.ts -> self.ts",
      "slice.ts -> types.ts -> store.ts -> slice.ts",
    ]);
    const text = [
      'import type { A } from "./a";',
      'export { b } from "../b";',
      'const C = lazy(() => import("./c"));',
      'import css from "./d.css?inline";',
      'import { e } from "e";',
      'const kinds = import.meta.glob(["./*.tsx", "!./*.test.tsx"], { eager: true });',
    ].join("\n");
    expect(importedSpecifiers("x.tsx", text)).toEqual([
      "./a",
      "../b",
      "./c",
      "./d.css?inline",
      "glob:./*.tsx",
      "glob:!./*.test.tsx",
    ]);
  });
});
