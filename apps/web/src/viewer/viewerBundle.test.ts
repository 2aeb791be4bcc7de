// The viewer runs deployed code compiled at deploy: neither acorn nor the instrumenter may
// reach its bundle. This builds the web app (into a temporary folder, so the result is always
// of the sources at hand) and reads every chunk the viewer page loads: its entry, what that
// imports statically or lazily, and the engine worker with its own imports.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const webRoot = resolve(import.meta.dirname, "../..");
let outDir = "";

/** Text found in acorn (its option name, a syntax error) and in the instrumenter's walker. */
const parserMarks = ["ecmaVersion", "Unterminated template", "ForOfStatement", "VariablePattern"];

/**
 * Every chunk a page of the build can load, by file name under assets/: its scripts and
 * preloads, what they import statically or lazily, and workers (named by URL), transitively.
 */
function chunksOf(page: string): Map<string, string> {
  const html = readFileSync(join(outDir, page), "utf8");
  const pending = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]);
  const chunks = new Map<string, string>();
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (chunks.has(file)) continue;
    const code = readFileSync(join(outDir, "assets", file), "utf8");
    chunks.set(file, code);
    for (const match of code.matchAll(/["'`](?:\.\/|\/assets\/)?([\w.-]+\.js)["'`]/g)) {
      if (existsSync(join(outDir, "assets", match[1]))) pending.push(match[1]);
    }
  }
  return chunks;
}

describe("the viewer bundle", () => {
  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), "tessera-viewer-bundle-"));
    await build({ root: webRoot, logLevel: "silent", build: { outDir, emptyOutDir: true } });
  }, 180_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it("holds the engine worker and no JavaScript parser or instrumenter", () => {
    const chunks = chunksOf("viewer.html");
    const names = [...chunks.keys()];
    expect(names.some((name) => name.startsWith("viewerEngine.worker"))).toBe(true);
    // The editor's worker, which parses drafts, is not among them.
    expect(names.some((name) => name.startsWith("engine.worker"))).toBe(false);
    const found = names.flatMap((name) =>
      parserMarks.filter((mark) => chunks.get(name)!.includes(mark)).map((mark) => `${name}: ${mark}`),
    );
    expect(found).toEqual([]);
  });

  it("would see the parser: the editor's engine worker holds every mark", () => {
    const editorWorker = [...chunksOf("index.html")].find(([name]) => name.startsWith("engine.worker"));
    expect(editorWorker).toBeDefined();
    for (const mark of parserMarks) expect(editorWorker![1]).toContain(mark);
  });
});
