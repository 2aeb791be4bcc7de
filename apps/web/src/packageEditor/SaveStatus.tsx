import type { ModuleDraft } from "./store/moduleDraftSlice";

/** The save state of the open module, announced politely: Saved, Saving…, Unsaved, Not saved. */
export function SaveStatus({ draft }: { draft: ModuleDraft | undefined }) {
  let text = "";
  let tone = "muted";
  if (draft) {
    if (draft.saving) text = "Saving…";
    else if (draft.saveState === "saved") text = "Saved";
    else if (draft.saveState === "dirty") text = "Unsaved changes";
    else if (draft.saveState === "failed") {
      text = "Not saved";
      tone = "error";
    } else {
      text = "Not saved: changed in another tab";
      tone = "error";
    }
  }
  return (
    <span className={`save-status ${tone}`} role="status" aria-live="polite" data-testid="save-status">
      {text}
    </span>
  );
}
