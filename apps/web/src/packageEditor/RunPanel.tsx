import { useQueryClient } from "@tanstack/react-query";
import type { QueryModule, RunResult } from "@tessera/model";
import { useEffect, useRef, useState } from "react";
import { runQuery } from "../api/run";
import { ErrorMessage } from "../shared/components/ErrorMessage";
import { moduleBindingValues, testInputValues } from "./moduleBindingValues";
import { saveModuleDraft } from "./moduleDrafts";
import { RunResultView } from "./RunResultView";

/**
 * Runs the query module's saved draft with test values (or the inputs' defaults) and shows
 * the answer. The server runs what it stores, so pending edits are saved first.
 */
export function RunPanel(props: { packageId: string; moduleId: string; module: QueryModule }) {
  const { packageId, moduleId, module } = props;
  const queryClient = useQueryClient();
  // Test values are not part of the module: they stay in this panel.
  const [testValues, setTestValues] = useState<Record<string, string>>({});
  const [result, setResult] = useState<RunResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [running, setRunning] = useState(false);

  const run = async () => {
    if (running) return;
    setRunning(true);
    setError(null);
    try {
      if (!(await saveModuleDraft(queryClient, packageId, moduleId))) {
        throw new Error("Save the module before running it (see the message above).");
      }
      const values = moduleBindingValues(module.config, testInputValues(module.inputs, testValues));
      if ("errors" in values) throw new Error(values.errors.join("\n"));
      setResult(
        await runQuery({
          scope: "package",
          packageId,
          version: null,
          query: module.name,
          values: values.values,
        }),
      );
    } catch (cause) {
      setResult(null);
      setError(cause);
    } finally {
      setRunning(false);
    }
  };

  // Ctrl/Cmd+Enter runs the query, as in Appsmith's query editor.
  const runRef = useRef(run);
  runRef.current = run;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key === "Enter") {
        event.preventDefault();
        void runRef.current();
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  return (
    <section className="run-panel" aria-labelledby="run-title">
      <div className="section-head">
        <h2 id="run-title">Run</h2>
        <button
          type="button"
          className="primary"
          onClick={run}
          disabled={running}
          aria-keyshortcuts="Control+Enter Meta+Enter"
          title="Run (Ctrl/Cmd+Enter)"
        >
          {running ? "Running…" : "Run"}
        </button>
      </div>
      {module.inputs.length > 0 && (
        <fieldset className="test-values">
          <legend>Test values</legend>
          {module.inputs.map((input) => (
            <label key={input.name}>
              {input.name}
              <input
                aria-label={`Test value for ${input.name}`}
                placeholder={input.defaultValue ? `default: ${input.defaultValue}` : "empty"}
                value={testValues[input.name] ?? ""}
                onChange={(e) => setTestValues((v) => ({ ...v, [input.name]: e.target.value }))}
              />
            </label>
          ))}
        </fieldset>
      )}
      <ErrorMessage error={error} prefix="Run failed" />
      {result && <RunResultView result={result} />}
    </section>
  );
}
