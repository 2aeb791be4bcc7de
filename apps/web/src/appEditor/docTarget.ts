import type { PageDoc } from "@tessera/model";
import { useEditorStore } from "../store/editorStore";
import type { DocCommandOptions } from "./history/docHistory";

/**
 * The doc the canvas, palette, property pane and canvas keyboard edit: a page's draft in the
 * app editor, a UI module's widgets in the package editor. Each edit is a pure page-doc
 * command, so both get the same commands and undo; where the doc is kept is the target's.
 */
export interface DocTarget {
  /** The doc as it is now, read when an edit needs it (paste, append below the last widget). */
  read: () => PageDoc | undefined;
  edit: (command: (doc: PageDoc) => PageDoc, options?: DocCommandOptions) => void;
  undo: () => void;
  redo: () => void;
}

/** A page draft of the app editor as a doc target. */
export function pageDocTarget(pageId: string): DocTarget {
  const store = useEditorStore.getState;
  return {
    read: () => store().drafts.page[pageId]?.value.present,
    edit: (command, options) => store().editPage(pageId, command, options),
    undo: () => store().undoPage(pageId),
    redo: () => store().redoPage(pageId),
  };
}
