import { useEffect } from "react";
import { type Draft, retryDelayMs } from "./draft";
import { type DraftAdapter, saveDraft } from "./saveDraft";

/** Quiet time after the last edit before a draft saves itself. */
export const DRAFT_AUTOSAVE_DELAY_MS = 800;

/** A string that changes exactly when a picked draft changes its `count`: `id count` lines. */
function keyOf<T>(
  table: Record<string, Draft<T>>,
  scope: string,
  pick: (draft: Draft<T>) => boolean,
  count: (draft: Draft<T>) => number,
): string {
  return Object.values(table)
    .filter((draft) => draft.scope === scope && pick(draft))
    .map((draft) => `${draft.id} ${count(draft)}`)
    .join("\n");
}

const entries = (key: string) =>
  key
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const at = line.lastIndexOf(" ");
      return { id: line.slice(0, at), count: Number(line.slice(at + 1)) };
    });

/**
 * Autosaves the drafts of one scope: a moment after the last edit, at once on Ctrl/Cmd+S, and
 * again after a failure that may pass (the server unreachable), waiting longer each time.
 * A stale draft waits for the author. `adapter` must be stable (memoised).
 */
export function useDraftAutosave<T>(adapter: DraftAdapter<T>, scope: string): void {
  const { store } = adapter;
  const dirtyKey = store.useTable((table) =>
    keyOf(
      table,
      scope,
      (d) => d.state === "dirty",
      (d) => d.editCount,
    ),
  );
  const retryKey = store.useTable((table) =>
    keyOf(
      table,
      scope,
      (d) => d.state === "failed" && d.retrying,
      (d) => d.failures,
    ),
  );
  const saveNowToken = store.useSaveNowToken();

  useEffect(() => {
    if (!dirtyKey) return;
    const timer = setTimeout(() => {
      for (const { id } of entries(dirtyKey)) void saveDraft(adapter, id);
    }, DRAFT_AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [dirtyKey, adapter]);

  useEffect(() => {
    const timers = entries(retryKey).map(({ id, count }) =>
      setTimeout(() => void saveDraft(adapter, id), retryDelayMs(count)),
    );
    return () => {
      for (const timer of timers) clearTimeout(timer);
    };
  }, [retryKey, adapter]);

  useEffect(() => {
    if (saveNowToken === 0) return;
    // "failed" retries on demand; "stale" waits for the author's choice.
    for (const draft of store.inScope(scope))
      if (draft.state === "dirty" || draft.state === "failed") void saveDraft(adapter, draft.id);
  }, [saveNowToken, store, scope, adapter]);
}
