import { useQuery } from "@tanstack/react-query";
import type { AppQuery, PageDoc, QueryConfig, VaultState } from "@tessera/model";
import { useId, useState } from "react";
import { datasourcesQueryOptions } from "../../api/datasources";
import { QueryEditor } from "../../queryEditor/QueryEditor";
import { SqlResultTable, sqlResultOf } from "../../queryEditor/SqlResultTable";
import { VaultRunSummary } from "../../queryEditor/VaultRunSummary";
import { useEditorStore } from "../../store/editorStore";
import { deleteAppQuery } from "../commands/deleteAppQuery";
import { renameAppQuery } from "../commands/renameAppQuery";
import { updateAppQuery } from "../commands/updateAppQuery";
import type { DraftEvaluation } from "../evaluation/useDraftEvaluation";
import type { PageSaver } from "../save/usePageSaver";
import { DeleteEntityButton } from "./DeleteEntityButton";
import { EntityNameField } from "./EntityNameField";
import { formatEvaluated } from "./formatEvaluated";

/**
 * An app query: its name, its config in the form of its kind, run on page load, run and delete.
 * Run saves the page first, since the server runs the saved draft.
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
  const onLoadId = useId();
  const datasources = useQuery(datasourcesQueryOptions(workspaceId));
  const edit = useEditorStore((s) => s.editPage);
  const [run, setRun] = useState<{
    pending: boolean;
    text: string | null;
    failed: boolean;
    value?: unknown;
    vault?: VaultState;
  }>({
    pending: false,
    text: null,
    failed: false,
  });
  const setConfig = (config: QueryConfig, field: string) =>
    edit(pageId, (d) => updateAppQuery(d, { id: query.id, changes: { config } }), {
      coalesceKey: `${query.id}.${field}`,
    });

  const runQuery = async () => {
    setRun({ pending: true, text: null, failed: false });
    try {
      await saver.saveAll();
      const result = await evaluation.runCode(`${query.name}.run()`);
      const vault = evaluation.lastVault(query.name);
      setRun(
        result.ok
          ? { pending: false, text: formatEvaluated(result.value), failed: false, value: result.value, vault }
          : { pending: false, text: result.error, failed: true, vault },
      );
    } catch (error) {
      setRun({ pending: false, text: error instanceof Error ? error.message : String(error), failed: true });
    }
  };

  // A SQL answer reads best as rows; anything else as the evaluated value.
  const sqlRun = run.failed ? null : sqlResultOf(run.value);

  return (
    <section aria-label={`Query ${query.name}`}>
      <h2>Query {query.name}</h2>
      <EntityNameField
        key={`${query.id}:name`}
        doc={doc}
        name={query.name}
        onRename={(name) => edit(pageId, (d) => renameAppQuery(d, { id: query.id, name }))}
      />
      <QueryEditor
        key={`${query.id}:config`}
        config={query.config}
        onChange={setConfig}
        datasources={datasources.data}
        bindingExample="Input1.text"
        vaultKeep={query.vaultKeep}
        onVaultKeepChange={(vaultKeep) =>
          edit(pageId, (d) => updateAppQuery(d, { id: query.id, changes: { vaultKeep } }), {
            coalesceKey: `${query.id}.vaultKeep`,
          })
        }
        vaultKeys={evaluation.vaultKeys}
      />
      <div className="ae-field">
        <label htmlFor={onLoadId}>
          <span>Run on page load</span>
          <input
            id={onLoadId}
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
      {run.pending ? null : <VaultRunSummary vault={run.vault} />}
      {sqlRun ? (
        <section className="ae-result" aria-label="Run result">
          <SqlResultTable result={sqlRun} />
        </section>
      ) : run.text !== null ? (
        <output className={run.failed ? "ae-result ae-field-error" : "ae-result"} aria-label="Run result">
          {run.text}
        </output>
      ) : null}
    </section>
  );
}
