import { create, type StateCreator } from "zustand";
import { type AppEditorSlice, createAppEditorSlice } from "../../appEditor/store/appEditorSlice";
import { createModuleDraftSlice, type ModuleDraftSlice } from "./moduleDraftSlice";

/**
 * The whole editor state: one zustand store made of slices (zustand docs, "slices pattern").
 * Server data is not here: it lives in the react-query cache. To add a slice, write
 * `fooSlice.ts` exporting `FooSlice` and `createFooSlice: EditorSlice<FooSlice>`, then add it
 * to `EditorState` and to the spread below.
 */
export type EditorState = ModuleDraftSlice & AppEditorSlice;

/** The creator type of one slice: it may read and write the whole store. */
export type EditorSlice<T> = StateCreator<EditorState, [], [], T>;

/** The editor store hook: `useEditorStore((s) => s.moduleDrafts[moduleId])`. */
export const useEditorStore = create<EditorState>()((...a) => ({
  ...createModuleDraftSlice(...a),
  ...createAppEditorSlice(...a),
}));
