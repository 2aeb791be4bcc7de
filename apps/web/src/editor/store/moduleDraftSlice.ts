import type { DraftModule, ModuleBody } from "@tessera/model";
import type { EditorSlice } from "./editorStore";

/** Where the local copy of a module stands against the server. */
export type SaveState = "saved" | "dirty" | "saving" | "failed" | "stale";

/** The local copy of one draft module, copied in once from the server and saved back. */
export interface ModuleDraft {
  id: string;
  module: ModuleBody;
  /** The server revision this copy is based on; a save names it. */
  revision: number;
  saveState: SaveState;
  /** The reason of the last failed or stale save. */
  error: string | null;
  /** Bumped on each edit, so a save that returns after a newer edit keeps the copy dirty. */
  editCount: number;
}

/** The package editor's module drafts, keyed by module id, and the selection. */
export interface ModuleDraftSlice {
  moduleDrafts: Record<string, ModuleDraft>;
  /** Copies a server module in unless a local copy with unsaved edits exists. */
  loadModuleDraft: (draft: DraftModule) => void;
  editModule: (id: string, update: (module: ModuleBody) => ModuleBody) => void;
  markModuleSaving: (id: string) => void;
  /** Records a finished save of the copy made at `editCount`. */
  markModuleSaved: (saved: DraftModule, editCount: number) => void;
  markModuleSaveFailed: (id: string, message: string, stale: boolean) => void;
  dropModuleDraft: (id: string) => void;
}

export const createModuleDraftSlice: EditorSlice<ModuleDraftSlice> = (set) => ({
  moduleDrafts: {},
  loadModuleDraft: (draft) =>
    set((s) => {
      const local = s.moduleDrafts[draft.id];
      // Never overwrite unsaved local text: the server copy only wins when ours is clean.
      if (local && (local.saveState !== "saved" || local.revision >= draft.revision)) return s;
      return {
        moduleDrafts: {
          ...s.moduleDrafts,
          [draft.id]: {
            id: draft.id,
            module: draft.module,
            revision: draft.revision,
            saveState: "saved",
            error: null,
            editCount: 0,
          },
        },
      };
    }),
  editModule: (id, update) =>
    set((s) => {
      const local = s.moduleDrafts[id];
      if (!local) return s;
      return {
        moduleDrafts: {
          ...s.moduleDrafts,
          [id]: {
            ...local,
            module: update(local.module),
            saveState: local.saveState === "stale" ? "stale" : "dirty",
            editCount: local.editCount + 1,
          },
        },
      };
    }),
  markModuleSaving: (id) =>
    set((s) => {
      const local = s.moduleDrafts[id];
      if (!local) return s;
      return { moduleDrafts: { ...s.moduleDrafts, [id]: { ...local, saveState: "saving", error: null } } };
    }),
  markModuleSaved: (saved, editCount) =>
    set((s) => {
      const local = s.moduleDrafts[saved.id];
      if (!local) return s;
      const newer = local.editCount !== editCount;
      return {
        moduleDrafts: {
          ...s.moduleDrafts,
          [saved.id]: {
            ...local,
            revision: saved.revision,
            saveState: newer ? "dirty" : "saved",
            error: null,
          },
        },
      };
    }),
  markModuleSaveFailed: (id, message, stale) =>
    set((s) => {
      const local = s.moduleDrafts[id];
      if (!local) return s;
      return {
        moduleDrafts: {
          ...s.moduleDrafts,
          [id]: { ...local, saveState: stale ? "stale" : "failed", error: message },
        },
      };
    }),
  dropModuleDraft: (id) =>
    set((s) => {
      const { [id]: _dropped, ...rest } = s.moduleDrafts;
      return { moduleDrafts: rest };
    }),
});
