import { useQueryClient } from "@tanstack/react-query";
import { createEngineClient, type EngineHost, type TriggerResult } from "@tessera/engine";
import type { JsModule, ModuleBody } from "@tessera/model";
import { useState } from "react";
import { runQuery } from "../api/run";
import { hasUnsavedWork } from "../drafts/draft";
import { startEngineWorker } from "../runtime/startEngineWorker";
import { JsonTree } from "../shared/components/JsonTree";
import { jsModuleFunctionNames } from "./jsModuleDiagnostics";
import { jsModuleRuntimePage } from "./jsModuleRuntimePage";
import { moduleDraftStore, saveModuleDraft } from "./moduleDrafts";

/**
 * Runs one function of the JS module in the engine's worker, as an app would, with the
 * package's draft query modules. Framework actions (storeValue, navigateTo, …) are not carried
 * out: they are listed, so the author sees what the function would do.
 */
export function JsFunctionRunner(props: {
  packageId: string;
  module: JsModule;
  packageModules: ModuleBody[];
}) {
  const { packageId, module, packageModules } = props;
  const queryClient = useQueryClient();
  const functions = jsModuleFunctionNames(module.source);
  const [chosen, setChosen] = useState("");
  const [argument, setArgument] = useState("{}");
  const [running, setRunning] = useState(false);
  const [actions, setActions] = useState<string[]>([]);
  const [result, setResult] = useState<TriggerResult | null>(null);
  const fn = functions.includes(chosen) ? chosen : (functions[0] ?? "");

  const run = async () => {
    setRunning(true);
    setResult(null);
    setActions([]);
    const log = (line: string) => setActions((lines) => [...lines, line]);
    let client: ReturnType<typeof createEngineClient> | null = null;
    try {
      const args = argument.trim() ? [JSON.parse(argument)] : [];
      // The server runs the stored drafts of the query modules: save pending edits first.
      const drafts = moduleDraftStore.inScope(packageId).filter(hasUnsavedWork);
      await Promise.all(drafts.map((d) => saveModuleDraft(queryClient, packageId, d.id)));
      const show = (value: unknown) => JSON.stringify(value) ?? "undefined";
      const host: EngineHost = {
        runQuery: async ({ query, values }) => {
          log(`${query}.run()`);
          const result = await runQuery({ scope: "package", packageId, version: null, query, values });
          // Names only: the values stay in the package editor's vault on the server.
          const kept = result.vault?.kept ?? [];
          if (kept.length > 0) log(`${query} kept in the vault: ${kept.join(", ")}`);
          return result;
        },
        storeValue: async (key, value) => log(`storeValue(${show(key)}, ${show(value)})`),
        removeValue: async (key) => log(`removeValue(${show(key)})`),
        clearStore: async () => log("clearStore()"),
        clearVault: async () => log("clearVault()"),
        navigateTo: async (page) => log(`navigateTo(${show(page)})`),
        showAlert: async (message, type) => log(`showAlert(${show(message)}, ${show(type)})`),
        resetWidget: async (widget) => log(`resetWidget(${show(widget)})`),
        copyToClipboard: async (text) => log(`copyToClipboard(${show(text)})`),
        download: async (_content, fileName) => log(`download(${show(fileName)})`),
        showModal: async (name) => log(`showModal(${show(name)})`),
        closeModal: async (name) => log(`closeModal(${show(name)})`),
      };
      client = createEngineClient(startEngineWorker, host);
      const loaded = await client.load(jsModuleRuntimePage(module, packageModules));
      // A module that fails to load (a syntax error, code that throws at load) says why here.
      const loadErrors = Object.entries(loaded.errors).filter(([path]) => path.startsWith(module.name));
      if (loadErrors.length)
        throw new Error(loadErrors.map(([path, message]) => `${path}: ${message}`).join("\n"));
      setResult(await client.callFunction(module.name, fn, args));
    } catch (cause) {
      setResult({ ok: false, error: cause instanceof Error ? cause.message : String(cause) });
    } finally {
      client?.dispose();
      setRunning(false);
    }
  };

  return (
    <section className="run-panel" aria-labelledby="js-run-title">
      <div className="section-head">
        <h2 id="js-run-title">Run a function</h2>
      </div>
      {functions.length === 0 ? (
        <p className="empty">No function to run: add one to the module.</p>
      ) : (
        <div className="request-line">
          <label>
            Function
            <select value={fn} onChange={(e) => setChosen(e.target.value)}>
              {functions.map((name) => (
                <option key={name}>{name}</option>
              ))}
            </select>
          </label>
          <label className="grow">
            Argument (JSON)
            <input value={argument} spellCheck={false} onChange={(e) => setArgument(e.target.value)} />
          </label>
          <button type="button" className="primary" onClick={run} disabled={running}>
            {running ? "Running…" : "Run function"}
          </button>
        </div>
      )}
      {actions.length > 0 && (
        <>
          <h3>Actions</h3>
          <ol className="actions-log" aria-label="Actions">
            {actions.map((line, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the log only grows
              <li key={i}>{line}</li>
            ))}
          </ol>
        </>
      )}
      {result &&
        (result.ok ? (
          <div role="status" aria-label="Function result">
            <h3>Returned</h3>
            <JsonTree value={result.value ?? null} />
          </div>
        ) : (
          <p className="error" role="alert">
            {fn} failed: {result.error}
          </p>
        ))}
    </section>
  );
}
