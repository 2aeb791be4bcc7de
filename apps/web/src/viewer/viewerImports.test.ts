import { existsSync, readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const src = resolve(import.meta.dirname, "..");

/** Every file of src/ the viewer's entry reaches through static or dynamic imports. */
function viewerGraph(): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(file, "utf8");
    for (const match of code.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)["']([^"']+)["']/g)) {
      const specifier = match[1];
      if (!specifier.startsWith(".")) {
        packages.add(specifier);
        continue;
      }
      const base = resolve(dirname(file), specifier);
      const found = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"].map((ext) => base + ext).find(existsSync);
      if (found && /\.tsx?$/.test(found)) visit(found);
    }
  };
  visit(resolve(src, "viewer/main.tsx"));
  return { files: [...files].map((file) => relative(src, file)), packages: [...packages] };
}

describe("the viewer bundle", () => {
  it("reaches no editor code, Monaco or CodeMirror", () => {
    const { files, packages } = viewerGraph();
    expect(files).toContain("viewer/startViewer.tsx");
    expect(
      files.filter((file) =>
        /^(appEditor|packageEditor|shell|shared|store|datasource|monaco|queryEditor)\//.test(file),
      ),
    ).toEqual([]);
    expect(packages.filter((name) => /^(@codemirror\/|monaco-editor)/.test(name))).toEqual([]);
  });
});
