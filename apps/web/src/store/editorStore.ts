import { create } from "zustand";
import { type AppEditorSlice, createAppEditorSlice } from "../appEditor/store/appEditorSlice";
import { createModuleDraftSlice, type ModuleDraftSlice } from "../packageEditor/store/moduleDraftSlice";

/**
 * The whole editor state: one zustand store made of slices (zustand docs, "slices pattern").
 * Server data is not here: it lives in the react-query cache. To add a slice, write
 * `fooSlice.ts` exporting `FooSlice` and `createFooSlice: StateCreator<FooSlice>`, then add it
 * to `EditorState` and to the spread below. A slice reads and writes only its own state, so it
 * never imports this file (no circle between the store and its slices).
 */
export type EditorState = ModuleDraftSlice & AppEditorSlice;

/** The editor store hook: `useEditorStore((s) => s.moduleDrafts[moduleId])`. */
export const useEditorStore = create<EditorState>()((...a) => ({
  ...createModuleDraftSlice(...a),
  ...createAppEditorSlice(...a),
}));
