import { useQuery } from "@tanstack/react-query";
import {
  type AppQuery,
  type HttpMethod,
  httpMethodSchema,
  type PageDoc,
  type QueryConfig,
} from "@tessera/model";
import { useId, useState } from "react";
import { datasourcesQueryOptions } from "../../api/datasources";
import { BindingTextArea } from "../../editor/components/BindingTextArea";
import { KeyValueEditor } from "../../editor/components/KeyValueEditor";
import { useEditorStore } from "../../editor/store/editorStore";
import { deleteAppQuery } from "../commands/deleteAppQuery";
import { renameAppQuery } from "../commands/renameAppQuery";
import { updateAppQuery } from "../commands/updateAppQuery";
import type { DraftEvaluation } from "../evaluation/useDraftEvaluation";
import type { PageSaver } from "../save/usePageSaver";
import { DeleteEntityButton } from "./DeleteEntityButton";
import { EntityNameField } from "./EntityNameField";
import { formatEvaluated } from "./formatEvaluated";

/**
 * An app query: datasource, method, path, params, headers and body, each able to hold
 * `{{ }}` bindings. Run saves the page first, since the server runs the saved draft.
 */
export function AppQueryEditor({
  workspaceId,
  pageId,
  doc,
  query,
  evaluation,
  saver,
}: {
  workspaceId: string;
  pageId: string;
  doc: PageDoc;
  query: AppQuery;
  evaluation: DraftEvaluation;
  saver: PageSaver;
}) {
  const ids = { datasource: useId(), method: useId(), path: useId(), onLoad: useId() };
  const datasources = useQuery(datasourcesQueryOptions(workspaceId));
  const edit = useEditorStore((s) => s.editPage);
  const [run, setRun] = useState<{ pending: boolean; text: string | null; failed: boolean }>({
    pending: false,
    text: null,
    failed: false,
  });
  const setConfig = (patch: Partial<QueryConfig>, field: string) =>
    edit(
      pageId,
      (d) => updateAppQuery(d, { id: query.id, changes: { config: { ...query.config, ...patch } } }),
      {
        coalesceKey: `${query.id}.${field}`,
      },
    );

  const runQuery = async () => {
    setRun({ pending: true, text: null, failed: false });
    try {
      await saver.saveAll();
      const result = await evaluation.runCode(`${query.name}.run()`);
      setRun(
        result.ok
          ? { pending: false, text: formatEvaluated(result.value), failed: false }
          : { pending: false, text: result.error, failed: true },
      );
    } catch (error) {
      setRun({ pending: false, text: error instanceof Error ? error.message : String(error), failed: true });
    }
  };

  return (
    <section aria-label={`Query ${query.name}`}>
      <h2>Query {query.name}</h2>
      <EntityNameField
        key={query.id}
        doc={doc}
        name={query.name}
        onRename={(name) => edit(pageId, (d) => renameAppQuery(d, { id: query.id, name }))}
      />
      <div className="ae-field">
        <label htmlFor={ids.datasource}>Datasource</label>
        <select
          id={ids.datasource}
          value={query.config.datasourceId ?? ""}
          onChange={(e) => setConfig({ datasourceId: e.target.value || null }, "datasource")}
        >
          <option value="">Choose a datasource…</option>
          {datasources.data?.map((ds) => (
            <option key={ds.id} value={ds.id}>
              {ds.name} ({ds.baseUrl})
            </option>
          ))}
        </select>
      </div>
      <div className="ae-field">
        <label htmlFor={ids.method}>Method</label>
        <select
          id={ids.method}
          value={query.config.method}
          onChange={(e) => setConfig({ method: e.target.value as HttpMethod }, "method")}
        >
          {httpMethodSchema.options.map((method) => (
            <option key={method}>{method}</option>
          ))}
        </select>
      </div>
      <div className="ae-field">
        <label htmlFor={ids.path}>Path</label>
        <input
          id={ids.path}
          type="text"
          className="ae-code"
          value={query.config.path}
          placeholder="/users/{{Input1.text}}"
          spellCheck={false}
          onChange={(e) => setConfig({ path: e.target.value }, "path")}
        />
      </div>
      <h3>Query params</h3>
      <KeyValueEditor
        noun="query param"
        rows={query.config.queryParams}
        onChange={(rows) => setConfig({ queryParams: rows }, "params")}
      />
      <h3>Headers</h3>
      <KeyValueEditor
        noun="header"
        rows={query.config.headers}
        onChange={(rows) => setConfig({ headers: rows }, "headers")}
      />
      <h3>Body</h3>
      <BindingTextArea
        aria-label="Body"
        rows={5}
        value={query.config.body}
        placeholder='{ "email": {{Input1.text}} }'
        onChange={(body) => setConfig({ body }, "body")}
      />
      <div className="ae-field">
        <label htmlFor={ids.onLoad}>
          <span>Run on page load</span>
          <input
            id={ids.onLoad}
            type="checkbox"
            checked={query.runOnPageLoad}
            onChange={(e) =>
              edit(pageId, (d) =>
                updateAppQuery(d, { id: query.id, changes: { runOnPageLoad: e.target.checked } }),
              )
            }
          />
        </label>
      </div>
      <div className="ae-item">
        <button type="button" className="ae-small-button" onClick={runQuery} disabled={run.pending}>
          {run.pending ? "Running…" : `Run ${query.name}`}
        </button>
        <DeleteEntityButton
          pageId={pageId}
          name={query.name}
          remove={(d) => deleteAppQuery(d, { id: query.id })}
        />
      </div>
      {run.text !== null ? (
        <output className={run.failed ? "ae-result ae-field-error" : "ae-result"} aria-label="Run result">
          {run.text}
        </output>
      ) : null}
    </section>
  );
}
