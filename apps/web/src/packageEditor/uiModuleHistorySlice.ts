import type { ModuleBody, PageDoc } from "@tessera/model";
import type { StateCreator } from "zustand";
import {
  createHistory,
  type DocCommandOptions,
  type DocHistory,
  recordDoc,
  redo,
  undo,
} from "../appEditor/history/docHistory";
import { uiModuleDoc } from "./uiModuleDoc";

/** What this slice needs of the module drafts, which the store's draft slice holds. */
export interface ModuleDraftAccess {
  read: (moduleId: string) => ModuleBody | undefined;
  edit: (moduleId: string, update: (module: ModuleBody) => ModuleBody) => void;
}

/**
 * Undo and redo of the UI modules' canvases. The module draft holds the widgets; the history
 * holds the docs around them and starts again when the draft's widgets changed elsewhere (a
 * saved copy loaded in), so an undo never brings back a state the author did not see.
 */
export interface UiModuleHistorySlice {
  uiModuleHistory: Record<string, DocHistory>;
  /** Applies a pure page-doc command to a UI module's widgets and records it for undo. */
  editUiModule: (moduleId: string, command: (doc: PageDoc) => PageDoc, options?: DocCommandOptions) => void;
  undoUiModule: (moduleId: string) => void;
  redoUiModule: (moduleId: string) => void;
}

export function createUiModuleHistorySlice(modules: ModuleDraftAccess): StateCreator<UiModuleHistorySlice> {
  return (set, get) => {
    const step = (moduleId: string, change: (history: DocHistory, doc: PageDoc) => DocHistory) => {
      const module = modules.read(moduleId);
      if (module?.kind !== "ui") return;
      const kept = get().uiModuleHistory[moduleId];
      const history =
        kept && kept.present.widgets === module.widgets ? kept : createHistory(uiModuleDoc(module));
      const next = change(history, history.present);
      if (next === history) return;
      set((s) => ({ uiModuleHistory: { ...s.uiModuleHistory, [moduleId]: next } }));
      const { widgets } = next.present;
      if (widgets !== module.widgets)
        modules.edit(moduleId, (m) => (m.kind === "ui" ? { ...m, widgets } : m));
    };
    return {
      uiModuleHistory: {},
      editUiModule: (moduleId, command, options) =>
        step(moduleId, (history, doc) => recordDoc(history, command(doc), options)),
      undoUiModule: (moduleId) => step(moduleId, (history) => undo(history)),
      redoUiModule: (moduleId) => step(moduleId, (history) => redo(history)),
    };
  };
}
