import type { Draft } from "./draft";
import { keptDraft, retriedDraft } from "./draft";
import { type DraftAdapter, saveDraft } from "./saveDraft";

/**
 * What a failed or refused save offers. Stale (saved elsewhere first): keep this copy, saved
 * over the other at once, or load the saved one (dropping this copy, after a confirm).
 * Failed: retry now. Nothing is dropped until the author picks.
 */
export function DraftProblem<T>({
  adapter,
  draft,
}: {
  adapter: DraftAdapter<T>;
  draft: Draft<T> | undefined;
}) {
  if (!draft || (draft.state !== "failed" && draft.state !== "stale")) return null;
  const { store, noun } = adapter;
  const keepMine = () => {
    store.update(draft.id, keptDraft);
    void saveDraft(adapter, draft.id);
  };
  const loadSaved = () => {
    if (!window.confirm(`Discard your changes to this ${noun} and load the saved version?`)) return;
    store.drop(draft.id);
    void adapter.loadSaved(draft.id);
  };
  const retry = () => {
    store.update(draft.id, retriedDraft);
    void saveDraft(adapter, draft.id);
  };
  return (
    <div className="draft-problem" role="alert">
      <p>
        {draft.error}
        {draft.state === "failed" && draft.retrying ? " Trying again shortly." : ""}
      </p>
      {draft.state === "stale" ? (
        <>
          <button type="button" onClick={keepMine}>
            Keep my version
          </button>
          <button type="button" onClick={loadSaved}>
            Load the saved version
          </button>
        </>
      ) : (
        <button type="button" onClick={retry}>
          Retry saving
        </button>
      )}
    </div>
  );
}
