import type { DocTarget } from "../appEditor/docTarget";
import { useEditorStore } from "../store/editorStore";
import { uiModuleDoc } from "./uiModuleDoc";

/** A UI module's draft as a doc target: the canvas edits its widgets, with undo. */
export function uiModuleDocTarget(moduleId: string): DocTarget {
  const store = useEditorStore.getState;
  return {
    read: () => {
      const module = store().drafts.module[moduleId]?.value;
      return module?.kind === "ui" ? uiModuleDoc(module) : undefined;
    },
    edit: (command, options) => store().editUiModule(moduleId, command, options),
    undo: () => store().undoUiModule(moduleId),
    redo: () => store().redoUiModule(moduleId),
  };
}
