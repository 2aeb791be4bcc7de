import type { EditorSlice } from "./editorStore";

/** Editor chrome state shared across pages: which dialog is open. */
export interface UiSlice {
  /** Key of the open modal dialog, or null; Escape closes it. */
  openDialog: string | null;
  showDialog: (key: string) => void;
  closeDialog: () => void;
}

export const createUiSlice: EditorSlice<UiSlice> = (set) => ({
  openDialog: null,
  showDialog: (key) => set({ openDialog: key }),
  closeDialog: () => set({ openDialog: null }),
});
