import type { StateCreator } from "zustand";
import { type Draft, editedDraft, loadServerCopy, type ServerCopy } from "./draft";

/** The drafts of every kind, keyed by kind then id: `drafts.page[pageId]`. */
export type DraftTables<Kinds> = { [K in keyof Kinds]: Record<string, Draft<Kinds[K]>> };

/**
 * The editors' local copies of revisioned documents, one table per kind (`Kinds` maps a kind
 * to the value its drafts hold). The transitions are the pure functions of draft.ts.
 */
export interface DraftSlice<Kinds> {
  drafts: DraftTables<Kinds>;
  /** Bumped by Ctrl/Cmd+S: autosave saves at once instead of waiting for the pause. */
  saveNowToken: number;
  /** Copies a server copy in unless a local copy with unsaved edits, or a newer one, exists. */
  loadDraft: <K extends keyof Kinds>(kind: K, server: ServerCopy<Kinds[K]>) => void;
  editDraft: <K extends keyof Kinds>(kind: K, id: string, update: (value: Kinds[K]) => Kinds[K]) => void;
  /** Applies one transition of draft.ts to a draft, if it exists. */
  updateDraft: <K extends keyof Kinds>(
    kind: K,
    id: string,
    transition: (draft: Draft<Kinds[K]>) => Draft<Kinds[K]>,
  ) => void;
  dropDraft: <K extends keyof Kinds>(kind: K, id: string) => void;
  requestSaveNow: () => void;
}

/** The draft slice for the given kinds, each starting empty. */
export function createDraftSlice<Kinds>(empty: DraftTables<Kinds>): StateCreator<DraftSlice<Kinds>> {
  return (set) => {
    const setTable = <K extends keyof Kinds>(
      kind: K,
      change: (table: DraftTables<Kinds>[K]) => DraftTables<Kinds>[K],
    ) =>
      set((s) => {
        const table = s.drafts[kind];
        const next = change(table);
        return next === table ? s : { drafts: { ...s.drafts, [kind]: next } };
      });
    const updateDraft: DraftSlice<Kinds>["updateDraft"] = (kind, id, transition) =>
      setTable(kind, (table) => {
        const draft = table[id];
        if (!draft) return table;
        const next = transition(draft);
        return next === draft ? table : { ...table, [id]: next };
      });
    return {
      drafts: empty,
      saveNowToken: 0,
      loadDraft: (kind, server) =>
        setTable(kind, (table) => {
          const local = table[server.id];
          const next = loadServerCopy(local, server);
          return next === local ? table : { ...table, [server.id]: next };
        }),
      editDraft: (kind, id, update) =>
        updateDraft(kind, id, (draft) => editedDraft(draft, update(draft.value))),
      updateDraft,
      dropDraft: (kind, id) =>
        setTable(kind, (table) => {
          if (!(id in table)) return table;
          const { [id]: _dropped, ...rest } = table;
          return rest;
        }),
      requestSaveNow: () => set((s) => ({ saveNowToken: s.saveNowToken + 1 })),
    };
  };
}
