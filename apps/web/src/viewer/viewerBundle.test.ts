// The viewer runs deployed code compiled at deploy: neither acorn nor the instrumenter may
// reach its bundle, nor zod (the server validated what it sends). This builds the web app as
// `npm run build` does (into a temporary folder, so the result is always of the sources at
// hand) and reads every chunk the viewer page loads: its entry, what that imports statically
// or lazily, and the engine worker with its own imports.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { widgetModules } from "@tessera/widgets";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const webRoot = resolve(import.meta.dirname, "../..");
let outDir = "";

/** Text found in acorn (its option name, a syntax error) and in the instrumenter's walker. */
const parserMarks = ["ecmaVersion", "Unterminated template", "ForOfStatement", "VariablePattern"];
/** Text found in zod (its error class, its base schema's name). */
const zodMarks = ["ZodError", "$ZodType"];

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
    // The editor's build, then the viewer's into the same folder (package.json's build script).
    for (const config of ["vite.config.ts", "vite.viewer.config.ts"]) {
      await build({
        root: webRoot,
        configFile: join(webRoot, config),
        logLevel: "silent",
        build: { outDir, emptyOutDir: config === "vite.config.ts" },
      });
    }
  }, 180_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it("holds the engine worker and no JavaScript parser or instrumenter", () => {
    const chunks = chunksOf("viewer.html");
    const names = [...chunks.keys()];
    expect(names.some((name) => name.startsWith("viewerEngine.worker"))).toBe(true);
    // The editor's worker, which parses drafts, is not among them.
    expect(names.some((name) => name.startsWith("engine.worker"))).toBe(false);
    const found = names.flatMap((name) =>
      [...parserMarks, ...zodMarks]
        .filter((mark) => chunks.get(name)!.includes(mark))
        .map((mark) => `${name}: ${mark}`),
    );
    expect(found).toEqual([]);
  });

  it("loads one script before the widget chunks: nothing split out to share with the editor", () => {
    const html = readFileSync(join(outDir, "viewer.html"), "utf8");
    expect([...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1])).toEqual([
      expect.stringMatching(/^viewer-[\w-]+\.js$/),
    ]);
  });

  it("would see zod: the editor's chunks hold every mark", () => {
    const editor = [...chunksOf("index.html").values()].join("\n");
    for (const mark of zodMarks) expect(editor).toContain(mark);
  });

  it("would see the parser: the editor's engine worker holds every mark", () => {
    const editorWorker = [...chunksOf("index.html")].find(([name]) => name.startsWith("engine.worker"));
    expect(editorWorker).toBeDefined();
    for (const mark of parserMarks) expect(editorWorker![1]).toContain(mark);
  });

  it("names each widget type's chunk where the platform looks for it (viewerHtmlExtras)", () => {
    const manifest = JSON.parse(readFileSync(join(outDir, ".vite", "manifest.json"), "utf8"));
    const missing = widgetModules
      // The bundled types come with the viewer's script.
      .filter((entry) => !entry.module)
      .map(
        (entry) => `../../packages/widgets/src/${entry.type[0].toLowerCase()}${entry.type.slice(1)}/index.ts`,
      )
      .filter((key) => !manifest[key]?.isDynamicEntry);
    expect(missing).toEqual([]);
  });

  it("gives no chunk a style sheet of its own: widget styles ride in their scripts (WidgetModule.styles)", () => {
    const manifest: Record<string, { css?: string[] }> = JSON.parse(
      readFileSync(join(outDir, ".vite", "manifest.json"), "utf8"),
    );
    const withSheets = Object.entries(manifest).flatMap(([key, chunk]) => (chunk.css?.length ? [key] : []));
    expect(withSheets).toEqual([]);
  });
});
