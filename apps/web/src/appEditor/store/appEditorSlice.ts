import type { PageDoc, PageDraft, Widget } from "@tessera/model";
import type { StateCreator } from "zustand";
import { createHistory, type DocHistory, recordDoc, redo, undo } from "../history/docHistory";

/** Where the local copy of a page doc stands against the server. */
export type PageSaveState = "saved" | "dirty" | "saving" | "failed" | "stale";

/** The local copy of one page doc, copied in once from the server and autosaved back. */
export interface PageDraftCopy {
  appId: string;
  pageId: string;
  /** Undo/redo history; `history.present` is the doc being edited. */
  history: DocHistory;
  /** The server revision this copy is based on; a save names it. */
  revision: number;
  saveState: PageSaveState;
  /** Why the last save failed, for the status line. */
  error: string | null;
  /** On a 409: the revision someone else saved, which "keep mine" overwrites. */
  serverRevision: number | null;
  /** Bumped on each edit, so a save that returns after a newer edit keeps the copy dirty. */
  editCount: number;
}

/** An entity picked in the explorer other than widgets: its editor opens in the side panel. */
export type EntityRef = { kind: "query" | "jsObject" | "moduleInstance"; id: string };

/** The app editor's state: page drafts, selection, clipboard, preview mode. */
export interface AppEditorSlice {
  pageDrafts: Record<string, PageDraftCopy>;
  /** Ids of the selected widgets on the current page. */
  widgetSelection: string[];
  /** Widgets copied with Ctrl/Cmd+C, roots with their descendants. */
  widgetClipboard: Widget[];
  focusedEntity: EntityRef | null;
  /** A palette item picked by click: the next canvas click drops it (keyboard-friendly drop). */
  placingWidgetType: string | null;
  appPreview: boolean;

  /** Copies a server page doc in, unless a local copy exists that is unsaved or as new. */
  loadPageDraft: (appId: string, draft: PageDraft) => void;
  /** Applies a pure command to a page's doc and records it for undo. */
  editPage: (pageId: string, command: (doc: PageDoc) => PageDoc, options?: { coalesceKey?: string }) => void;
  undoPage: (pageId: string) => void;
  redoPage: (pageId: string) => void;
  markPageSaving: (pageId: string) => void;
  markPageSaved: (saved: PageDraft, editCount: number) => void;
  /** `serverRevision` is set for a 409 stale_revision: nothing local is dropped. */
  markPageSaveFailed: (pageId: string, message: string, serverRevision?: number) => void;
  /** After a failed save (not a 409), marks the copy unsaved again so it saves. */
  retryPageSave: (pageId: string) => void;
  /** After a 409, bases the local copy on the server's revision so the next save overwrites it. */
  keepMyPageDraft: (pageId: string) => void;
  dropPageDraft: (pageId: string) => void;
  selectWidgets: (ids: string[]) => void;
  setWidgetClipboard: (widgets: Widget[]) => void;
  focusEntity: (entity: EntityRef | null) => void;
  setPlacingWidgetType: (type: string | null) => void;
  setAppPreview: (on: boolean) => void;
}

export const createAppEditorSlice: StateCreator<AppEditorSlice> = (set) => {
  const updateDraft = (pageId: string, update: (draft: PageDraftCopy) => PageDraftCopy) =>
    set((s) => {
      const draft = s.pageDrafts[pageId];
      if (!draft) return s;
      const next = update(draft);
      return next === draft ? s : { pageDrafts: { ...s.pageDrafts, [pageId]: next } };
    });
  const dirty = (draft: PageDraftCopy, history: DocHistory): PageDraftCopy =>
    history === draft.history
      ? draft
      : {
          ...draft,
          history,
          // A stale copy stays stale until the author chooses; edits are kept either way.
          saveState: draft.saveState === "stale" ? "stale" : "dirty",
          editCount: draft.editCount + 1,
        };

  return {
    pageDrafts: {},
    widgetSelection: [],
    widgetClipboard: [],
    focusedEntity: null,
    placingWidgetType: null,
    appPreview: false,

    loadPageDraft: (appId, server) =>
      set((s) => {
        const local = s.pageDrafts[server.pageId];
        // Never overwrite unsaved local work: the server copy only wins over a clean, older one.
        if (local && (local.saveState !== "saved" || local.revision >= server.revision)) return s;
        const copy: PageDraftCopy = {
          appId,
          pageId: server.pageId,
          history: createHistory(server.doc),
          revision: server.revision,
          saveState: "saved",
          error: null,
          serverRevision: null,
          editCount: 0,
        };
        return { pageDrafts: { ...s.pageDrafts, [server.pageId]: copy } };
      }),
    editPage: (pageId, command, options) =>
      updateDraft(pageId, (d) => dirty(d, recordDoc(d.history, command(d.history.present), options))),
    undoPage: (pageId) => updateDraft(pageId, (d) => dirty(d, undo(d.history))),
    redoPage: (pageId) => updateDraft(pageId, (d) => dirty(d, redo(d.history))),
    markPageSaving: (pageId) => updateDraft(pageId, (d) => ({ ...d, saveState: "saving", error: null })),
    markPageSaved: (saved, editCount) =>
      updateDraft(saved.pageId, (d) => ({
        ...d,
        revision: saved.revision,
        saveState: d.editCount === editCount ? "saved" : "dirty",
        error: null,
        serverRevision: null,
      })),
    markPageSaveFailed: (pageId, message, serverRevision) =>
      updateDraft(pageId, (d) => ({
        ...d,
        saveState: serverRevision === undefined ? "failed" : "stale",
        error: message,
        serverRevision: serverRevision ?? null,
      })),
    retryPageSave: (pageId) =>
      updateDraft(pageId, (d) => (d.saveState === "failed" ? { ...d, saveState: "dirty", error: null } : d)),
    keepMyPageDraft: (pageId) =>
      updateDraft(pageId, (d) =>
        d.serverRevision === null
          ? d
          : { ...d, revision: d.serverRevision, serverRevision: null, saveState: "dirty", error: null },
      ),
    dropPageDraft: (pageId) =>
      set((s) => {
        const { [pageId]: _dropped, ...rest } = s.pageDrafts;
        return { pageDrafts: rest, widgetSelection: [] };
      }),
    // Picking widgets closes the query or JS editor: the inspector shows one thing at a time.
    selectWidgets: (ids) =>
      set(ids.length > 0 ? { widgetSelection: ids, focusedEntity: null } : { widgetSelection: ids }),
    setWidgetClipboard: (widgets) => set({ widgetClipboard: widgets }),
    focusEntity: (entity) => set({ focusedEntity: entity }),
    setPlacingWidgetType: (type) => set({ placingWidgetType: type }),
    setAppPreview: (on) => set({ appPreview: on, widgetSelection: [], placingWidgetType: null }),
  };
};
