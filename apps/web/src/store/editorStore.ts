import type { ModuleBody } from "@tessera/model";
import { create } from "zustand";
import type { DocHistory } from "../appEditor/history/docHistory";
import { type AppEditorSlice, createAppEditorSlice } from "../appEditor/store/appEditorSlice";
import { createDraftSlice, type DraftSlice } from "../drafts/draftSlice";
import { createUiModuleHistorySlice, type UiModuleHistorySlice } from "../packageEditor/uiModuleHistorySlice";

/** What each kind of draft holds: a package's module body, a page's doc with its undo history. */
export interface EditorDraftKinds {
  module: ModuleBody;
  page: DocHistory;
}

/**
 * The whole editor state: one zustand store made of slices (zustand docs, "slices pattern").
 * Server data is not here: it lives in the react-query cache. To add a slice, write
 * `fooSlice.ts` exporting `FooSlice` and `createFooSlice: StateCreator<FooSlice>`, then add it
 * to `EditorState` and to the spread below. A slice reads and writes only its own state (what
 * it needs of another is handed to its creator), so it never imports this file.
 */
export type EditorState = DraftSlice<EditorDraftKinds> & AppEditorSlice & UiModuleHistorySlice;

/** The editor store hook: `useEditorStore((s) => s.drafts.module[moduleId])`. */
export const useEditorStore = create<EditorState>()((...a) => {
  const get = a[1];
  return {
    ...createDraftSlice<EditorDraftKinds>({ module: {}, page: {} })(...a),
    ...createAppEditorSlice({
      update: (pageId, transition) => get().updateDraft("page", pageId, transition),
      drop: (pageId) => get().dropDraft("page", pageId),
    })(...a),
    ...createUiModuleHistorySlice({
      read: (moduleId) => get().drafts.module[moduleId]?.value,
      edit: (moduleId, update) => get().editDraft("module", moduleId, update),
    })(...a),
  };
});
