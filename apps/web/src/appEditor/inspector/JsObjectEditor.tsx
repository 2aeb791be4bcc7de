import { listJsObjectMembers } from "@tessera/engine";
import type { JsObject, PageDoc } from "@tessera/model";
import { useMemo, useState } from "react";
import { CodeEditor } from "../../monaco/CodeEditor";
import type { CodeCompletion, CodeMarker } from "../../monaco/codeEditorTypes";
import { useEditorStore } from "../../store/editorStore";
import { deleteJsObject } from "../commands/deleteJsObject";
import { renameJsObject } from "../commands/renameJsObject";
import { updateJsObject } from "../commands/updateJsObject";
import type { DraftEvaluation } from "../evaluation/useDraftEvaluation";
import type { PageSaver } from "../save/usePageSaver";
import { DeleteEntityButton } from "./DeleteEntityButton";
import { EntityNameField } from "./EntityNameField";
import { formatEvaluated } from "./formatEvaluated";

/** The framework functions user code can call, offered in completion. */
const FRAMEWORK_FUNCTIONS: CodeCompletion[] = [
  { label: "storeValue", kind: "function", detail: "(key, value, persist?) => Promise<void>" },
  { label: "removeValue", kind: "function", detail: "(key) => Promise<void>" },
  { label: "clearStore", kind: "function", detail: "() => Promise<void>" },
  { label: "clearVault", kind: "function", detail: "() => Promise<void>" },
  { label: "navigateTo", kind: "function", detail: "(pageNameOrUrl, params?, target?) => Promise<void>" },
  { label: "showAlert", kind: "function", detail: "(message, type?) => Promise<void>" },
  { label: "resetWidget", kind: "function", detail: "(widgetName, resetChildren?) => Promise<void>" },
  { label: "appsmith", kind: "variable", detail: "store, URL, user, mode" },
];

/**
 * A JS object's `export default { ... }` source in Monaco, with syntax errors marked, the
 * page's entities in completion, and a Run button per function (against the saved draft).
 */
export function JsObjectEditor({
  pageId,
  doc,
  jsObject,
  evaluation,
  saver,
}: {
  pageId: string;
  doc: PageDoc;
  jsObject: JsObject;
  evaluation: DraftEvaluation;
  saver: PageSaver;
}) {
  const edit = useEditorStore((s) => s.editPage);
  const [run, setRun] = useState<{ fn: string; text: string; failed: boolean } | null>(null);
  const parsed = useMemo(() => listJsObjectMembers(jsObject.source), [jsObject.source]);
  const functions = "members" in parsed ? parsed.members.filter((m) => m.kind === "function") : [];
  const markers: CodeMarker[] =
    "error" in parsed
      ? [
          {
            message: parsed.error.message,
            severity: "error",
            startLine: parsed.error.line,
            startColumn: parsed.error.column,
            endLine: parsed.error.line,
            endColumn: parsed.error.column + 1,
          },
        ]
      : [];
  const completions = useMemo<CodeCompletion[]>(
    () => [
      ...FRAMEWORK_FUNCTIONS,
      ...doc.widgets.map((w) => ({ label: w.name, kind: "variable" as const, detail: `${w.type} widget` })),
      ...doc.queries.map((q) => ({
        label: q.name,
        kind: "variable" as const,
        detail: "query: .run(), .data",
      })),
      ...doc.jsObjects
        .filter((j) => j.id !== jsObject.id)
        .map((j) => ({ label: j.name, kind: "module" as const, detail: "JS object" })),
      ...doc.moduleInstances.map((m) => ({
        label: m.name,
        kind: "module" as const,
        detail: `${m.moduleName} v${m.version}`,
      })),
    ],
    [doc, jsObject.id],
  );

  const runFunction = async (fn: string) => {
    setRun({ fn, text: "Running…", failed: false });
    try {
      // Queries the function calls run on the server from the saved draft.
      await saver.saveAll();
      const result = await evaluation.runCode(`${jsObject.name}.${fn}()`);
      setRun(
        result.ok
          ? { fn, text: formatEvaluated(result.value), failed: false }
          : { fn, text: result.error, failed: true },
      );
    } catch (error) {
      setRun({ fn, text: error instanceof Error ? error.message : String(error), failed: true });
    }
  };

  return (
    <section aria-label={`JS object ${jsObject.name}`}>
      <h2>JS object {jsObject.name}</h2>
      <EntityNameField
        key={jsObject.id}
        doc={doc}
        name={jsObject.name}
        onRename={(name) => edit(pageId, (d) => renameJsObject(d, { id: jsObject.id, name }))}
      />
      <CodeEditor
        language="javascript"
        aria-label={`${jsObject.name} source`}
        value={jsObject.source}
        height={360}
        markers={markers}
        completions={completions}
        onChange={(source) =>
          edit(pageId, (d) => updateJsObject(d, { id: jsObject.id, changes: { source } }), {
            coalesceKey: `${jsObject.id}.source`,
          })
        }
      />
      {"error" in parsed ? (
        <p className="ae-field-error">
          Line {parsed.error.line}: {parsed.error.message}
        </p>
      ) : null}
      {functions.length > 0 ? (
        <>
          <h3>Functions</h3>
          <ul className="ae-list">
            {functions.map((fn) => (
              <li key={fn.name} className="ae-item">
                <code>{fn.name}</code>
                <button
                  type="button"
                  className="ae-small-button"
                  aria-label={`Run ${jsObject.name}.${fn.name}`}
                  disabled={run?.text === "Running…"}
                  onClick={() => void runFunction(fn.name)}
                >
                  Run
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {run ? (
        <output
          className={run.failed ? "ae-result ae-field-error" : "ae-result"}
          aria-label={`Result of ${jsObject.name}.${run.fn}`}
        >
          {run.text}
        </output>
      ) : null}
      <DeleteEntityButton
        pageId={pageId}
        name={jsObject.name}
        remove={(d) => deleteJsObject(d, { id: jsObject.id })}
      />
    </section>
  );
}
