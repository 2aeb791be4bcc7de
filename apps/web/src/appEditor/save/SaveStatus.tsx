import { useEditorStore } from "../../store/editorStore";

const LABELS = {
  saved: "All changes saved",
  dirty: "Unsaved changes",
  saving: "Saving…",
  failed: "Save failed",
  stale: "Not saved: page changed elsewhere",
} as const;

/** The save state of the page being edited, announced politely to screen readers. */
export function SaveStatus({ pageId }: { pageId: string }) {
  const state = useEditorStore((s) => s.pageDrafts[pageId]?.saveState);
  if (!state) return null;
  return (
    <span className={`ae-status ae-status-${state}`} role="status" aria-live="polite" data-save-state={state}>
      {LABELS[state]}
    </span>
  );
}
