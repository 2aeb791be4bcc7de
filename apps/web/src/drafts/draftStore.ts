import type { Draft } from "./draft";
import type { DraftSlice } from "./draftSlice";

/** One kind of draft in the store: how the machine reads and changes it, and React reads it. */
export interface DraftStore<T> {
  kind: string;
  get: (id: string) => Draft<T> | undefined;
  /** The drafts of one scope (an app's pages, a package's modules). */
  inScope: (scope: string) => Draft<T>[];
  update: (id: string, transition: (draft: Draft<T>) => Draft<T>) => void;
  drop: (id: string) => void;
  /** A hook: subscribes to what `select` picks from this kind's table. */
  useTable: <R>(select: (table: Record<string, Draft<T>>) => R) => R;
  /** A hook: the Ctrl/Cmd+S counter. */
  useSaveNowToken: () => number;
}

/** A zustand store hook holding a draft slice (the editor store). */
export interface DraftStoreHook<Kinds> {
  getState: () => DraftSlice<Kinds>;
  <R>(select: (state: DraftSlice<Kinds>) => R): R;
}

/** The drafts of `kind` in `store`. */
export function draftStoreOf<Kinds, K extends keyof Kinds & string>(
  store: DraftStoreHook<Kinds>,
  kind: K,
): DraftStore<Kinds[K]> {
  const table = () => store.getState().drafts[kind];
  return {
    kind,
    get: (id) => table()[id],
    inScope: (scope) => Object.values(table()).filter((draft) => draft.scope === scope),
    update: (id, transition) => store.getState().updateDraft(kind, id, transition),
    drop: (id) => store.getState().dropDraft(kind, id),
    useTable: (select) => store((s) => select(s.drafts[kind])),
    useSaveNowToken: () => store((s) => s.saveNowToken),
  };
}
