import { useQueryClient } from "@tanstack/react-query";
import { packageQueryOptions } from "../api/packages";
import { useEditorStore } from "../store/editorStore";
import { saveModuleDraft } from "./saveModuleDraft";
import type { ModuleDraft } from "./store/moduleDraftSlice";

/**
 * What a failed or stale save offers. Stale: reload the other tab's version (dropping ours,
 * after a confirm) or save ours over it. Failed: retry. Nothing is lost until the author picks.
 */
export function StaleDraftNotice({ packageId, draft }: { packageId: string; draft: ModuleDraft }) {
  const queryClient = useQueryClient();
  if (draft.saveState !== "stale" && draft.saveState !== "failed") return null;
  const reload = async () => {
    if (!window.confirm("Replace your text with the version saved in the other tab?")) return;
    useEditorStore.getState().dropModuleDraft(draft.id);
    await queryClient.refetchQueries({ queryKey: packageQueryOptions(packageId).queryKey });
  };
  const overwrite = () => {
    useEditorStore.getState().overwriteWithLocal(draft.id);
    void saveModuleDraft(queryClient, packageId, draft.id);
  };
  return (
    <div className="notice error" role="alert">
      <p>{draft.error}</p>
      {draft.saveState === "stale" ? (
        <>
          <button type="button" onClick={reload}>
            Reload
          </button>
          <button type="button" onClick={overwrite}>
            Save mine over it
          </button>
        </>
      ) : (
        <button type="button" onClick={() => void saveModuleDraft(queryClient, packageId, draft.id)}>
          Retry save
        </button>
      )}
    </div>
  );
}
