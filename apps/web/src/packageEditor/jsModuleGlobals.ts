import type { ModuleBody } from "@tessera/model";
import type { CodeCompletion } from "../monaco/codeEditorTypes";

/** The framework functions user code can call, as Appsmith names them. */
const frameworkFunctions: Array<{ name: string; signature: string; doc: string }> = [
  {
    name: "storeValue",
    signature: "(key: string, value: unknown, persist?: boolean) => Promise<void>",
    doc: "Stores a value in appsmith.store.",
  },
  {
    name: "removeValue",
    signature: "(key: string) => Promise<void>",
    doc: "Removes a key from appsmith.store.",
  },
  {
    name: "clearStore",
    signature: "() => Promise<void>",
    doc: "Empties appsmith.store and the visitor's vault.",
  },
  { name: "clearVault", signature: "() => Promise<void>", doc: "Empties the visitor's vault on the server." },
  {
    name: "navigateTo",
    signature:
      "(page: string, params?: Record<string, unknown>, target?: 'SAME_WINDOW' | 'NEW_WINDOW') => Promise<void>",
    doc: "Opens a page of the app by name.",
  },
  {
    name: "showAlert",
    signature: "(message: string, type?: 'success' | 'info' | 'warning' | 'error') => Promise<void>",
    doc: "Shows a toast message.",
  },
  {
    name: "resetWidget",
    signature: "(widgetName: string, resetChildren?: boolean) => Promise<void>",
    doc: "Resets a widget to its default state.",
  },
];

const identifier = /^[A-Za-z_$][\w$]*$/;

/**
 * What a JS module's code sees, for completion: the package's query modules (`sign_in.run(`),
 * the framework functions and `inputs`. Returns both top-level completions and TypeScript
 * declarations, which give member completion and signature help.
 */
export function jsModuleGlobals(
  modules: ModuleBody[],
  self: ModuleBody | null,
): { completions: CodeCompletion[]; declarations: string } {
  const queries = modules.filter((m) => m.kind === "query" && identifier.test(m.name));
  const completions: CodeCompletion[] = [
    ...queries.map((q) => ({
      label: q.name,
      kind: "module" as const,
      detail: "query module",
      documentation: `Run with ${q.name}.run({ ${q.inputs.map((i) => i.name).join(", ")} })`,
    })),
    ...frameworkFunctions.map((f) => ({
      label: f.name,
      kind: "function" as const,
      detail: f.signature,
      documentation: f.doc,
    })),
    { label: "inputs", kind: "variable", detail: "this module's inputs" },
  ];
  const lines: string[] = [
    "interface QueryResponse { status: number; headers: Record<string, string>; body: any; durationMs: number }",
  ];
  for (const q of queries) {
    const params = q.inputs.filter((i) => identifier.test(i.name)).map((i) => `${i.name}?: any`);
    lines.push(
      `/** Query module ${q.name}: run() resolves with the upstream answer's body. */`,
      `declare const ${q.name}: { run(inputs?: { ${params.join("; ")} }): Promise<any>; data: any; responseMeta: { statusCode: number; headers: Record<string, string> } };`,
    );
  }
  for (const f of frameworkFunctions)
    lines.push(`/** ${f.doc} */`, `declare const ${f.name}: ${f.signature};`);
  const ownInputs = (self?.inputs ?? []).filter((i) => identifier.test(i.name)).map((i) => `${i.name}: any`);
  lines.push(`/** This module's inputs. */`, `declare const inputs: { ${ownInputs.join("; ")} };`);
  lines.push(
    "declare const appsmith: { store: Record<string, any>; URL: { queryParams: Record<string, string>; pathname: string }; user: any; mode: string };",
  );
  return { completions, declarations: lines.join("\n") };
}
