import type { Draft, DraftState } from "./draft";

const labels: Record<DraftState, (noun: string) => string> = {
  saved: () => "All changes saved",
  dirty: () => "Unsaved changes",
  saving: () => "Saving…",
  failed: () => "Save failed",
  stale: (noun) => `Not saved: ${noun} changed elsewhere`,
};

/** The save state of the open draft, announced politely to screen readers. */
export function DraftStatus({ draft, noun }: { draft: Draft<unknown> | undefined; noun: string }) {
  const state = draft?.state;
  return (
    <span
      className={state ? `draft-status draft-status-${state}` : "draft-status"}
      role="status"
      aria-live="polite"
      data-testid="save-status"
      data-save-state={state}
    >
      {state ? labels[state](noun) : ""}
    </span>
  );
}
