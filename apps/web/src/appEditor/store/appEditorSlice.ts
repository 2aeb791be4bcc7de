import type { PageDoc, Widget } from "@tessera/model";
import type { StateCreator } from "zustand";
import { type Draft, editedDraft } from "../../drafts/draft";
import { type DocHistory, recordDoc, redo, undo } from "../history/docHistory";
import type { PaletteItem } from "../palette/paletteItem";

/** The local copy of one page: its doc with undo/redo history (`value.present` is edited). */
export type PageDraftCopy = Draft<DocHistory>;

/** What this slice needs of the page drafts, which the store's draft slice holds. */
export interface PageDraftAccess {
  update: (pageId: string, transition: (draft: PageDraftCopy) => PageDraftCopy) => void;
  drop: (pageId: string) => void;
}

/** An entity picked in the explorer other than widgets: its editor opens in the side panel. */
export type EntityRef = { kind: "query" | "jsObject" | "moduleInstance"; id: string };

/** The app editor's state: page edits with undo, selection, clipboard, preview mode. */
export interface AppEditorSlice {
  /** Ids of the selected widgets on the current page. */
  widgetSelection: string[];
  /** Widgets copied with Ctrl/Cmd+C, roots with their descendants. */
  widgetClipboard: Widget[];
  focusedEntity: EntityRef | null;
  /** A palette item picked by click: the next canvas click drops it (keyboard-friendly drop). */
  placingWidget: PaletteItem | null;
  appPreview: boolean;

  /** Applies a pure command to a page's doc and records it for undo. */
  editPage: (pageId: string, command: (doc: PageDoc) => PageDoc, options?: { coalesceKey?: string }) => void;
  undoPage: (pageId: string) => void;
  redoPage: (pageId: string) => void;
  /** Drops the local copy of a page (to load the saved one) and the selection on it. */
  dropPageDraft: (pageId: string) => void;
  selectWidgets: (ids: string[]) => void;
  setWidgetClipboard: (widgets: Widget[]) => void;
  focusEntity: (entity: EntityRef | null) => void;
  setPlacingWidget: (item: PaletteItem | null) => void;
  setAppPreview: (on: boolean) => void;
}

export function createAppEditorSlice(pages: PageDraftAccess): StateCreator<AppEditorSlice> {
  return (set) => {
    const record = (pageId: string, change: (history: DocHistory) => DocHistory) =>
      pages.update(pageId, (draft) => editedDraft(draft, change(draft.value)));
    return {
      widgetSelection: [],
      widgetClipboard: [],
      focusedEntity: null,
      placingWidget: null,
      appPreview: false,

      editPage: (pageId, command, options) =>
        record(pageId, (history) => recordDoc(history, command(history.present), options)),
      undoPage: (pageId) => record(pageId, undo),
      redoPage: (pageId) => record(pageId, redo),
      dropPageDraft: (pageId) => {
        pages.drop(pageId);
        set({ widgetSelection: [] });
      },
      // Picking widgets closes the query or JS editor: the inspector shows one thing at a time.
      selectWidgets: (ids) =>
        set(ids.length > 0 ? { widgetSelection: ids, focusedEntity: null } : { widgetSelection: ids }),
      setWidgetClipboard: (widgets) => set({ widgetClipboard: widgets }),
      focusEntity: (entity) => set({ focusedEntity: entity }),
      setPlacingWidget: (item) => set({ placingWidget: item }),
      setAppPreview: (on) => set({ appPreview: on, widgetSelection: [], placingWidget: null }),
    };
  };
}
