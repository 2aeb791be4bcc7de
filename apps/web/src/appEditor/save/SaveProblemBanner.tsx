import { useQueryClient } from "@tanstack/react-query";
import { pageKeys } from "../../api/pages";
import { useEditorStore } from "../../store/editorStore";
import type { PageSaver } from "./usePageSaver";

/**
 * What to do when a save failed: retry, or after a 409 keep this copy (overwrite) or load the
 * other one (discarding this copy, after a confirmation). Nothing is dropped silently.
 */
export function SaveProblemBanner({
  appId,
  pageId,
  saver,
}: {
  appId: string;
  pageId: string;
  saver: PageSaver;
}) {
  const draft = useEditorStore((s) => s.pageDrafts[pageId]);
  const queryClient = useQueryClient();
  if (!draft || (draft.saveState !== "failed" && draft.saveState !== "stale")) return null;
  const loadTheirs = () => {
    if (!window.confirm("Discard your changes to this page and load the saved version?")) return;
    useEditorStore.getState().dropPageDraft(pageId);
    void queryClient.invalidateQueries({ queryKey: pageKeys.doc(appId, pageId) });
  };
  return (
    <div className="ae-banner" role="alert">
      <span>{draft.error}</span>
      {draft.saveState === "stale" ? (
        <>
          <button
            type="button"
            className="ae-small-button"
            onClick={() => useEditorStore.getState().keepMyPageDraft(pageId)}
          >
            Keep my version
          </button>
          <button type="button" className="ae-small-button" onClick={loadTheirs}>
            Load the saved version
          </button>
        </>
      ) : (
        <button
          type="button"
          className="ae-small-button"
          onClick={() => {
            useEditorStore.getState().retryPageSave(pageId);
            void saver.saveNow(pageId);
          }}
        >
          Retry saving
        </button>
      )}
    </div>
  );
}
