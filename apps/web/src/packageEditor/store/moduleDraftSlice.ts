import type { DraftModule, ModuleBody } from "@tessera/model";
import type { StateCreator } from "zustand";

/**
 * Where the local copy of a module stands against the server. `stale` means another tab saved
 * first: autosave stops until the author reloads or chooses to save over it.
 */
export type SaveState = "saved" | "dirty" | "failed" | "stale";

/** The local copy of one draft module, copied in once from the server and saved back. */
export interface ModuleDraft {
  id: string;
  module: ModuleBody;
  /** The server revision this copy is based on; a save names it. */
  revision: number;
  saveState: SaveState;
  /** True while a save request is in flight (at most one per module). */
  saving: boolean;
  /** The reason of the last failed or stale save. */
  error: string | null;
  /** The server's revision reported by a 409, so "save mine anyway" can name it. */
  serverRevision: number | null;
  /** Bumped on each edit, so a save that returns after a newer edit keeps the copy dirty. */
  editCount: number;
}

/** The package editor's module drafts, keyed by module id. */
export interface ModuleDraftSlice {
  moduleDrafts: Record<string, ModuleDraft>;
  /** Bumped by Ctrl/Cmd+S: autosavers save at once instead of waiting for the debounce. */
  saveNowToken: number;
  /** Copies a server module in unless a local copy with unsaved edits exists. */
  loadModuleDraft: (draft: DraftModule) => void;
  editModule: (id: string, update: (module: ModuleBody) => ModuleBody) => void;
  markModuleSaving: (id: string) => void;
  /** Records a finished save of the copy made at `editCount`. */
  markModuleSaved: (saved: DraftModule, editCount: number) => void;
  markModuleSaveFailed: (id: string, message: string, serverRevision: number | null) => void;
  /** After a stale save: base the local copy on the server's revision so the next save wins. */
  overwriteWithLocal: (id: string) => void;
  dropModuleDraft: (id: string) => void;
  requestSaveNow: () => void;
}

/** True when a draft holds work the server does not have yet. */
export function hasUnsavedWork(draft: ModuleDraft): boolean {
  return draft.saving || draft.saveState !== "saved";
}

export const createModuleDraftSlice: StateCreator<ModuleDraftSlice> = (set) => {
  const patch = (id: string, update: (draft: ModuleDraft) => Partial<ModuleDraft>) =>
    set((s) => {
      const local = s.moduleDrafts[id];
      if (!local) return s;
      return { moduleDrafts: { ...s.moduleDrafts, [id]: { ...local, ...update(local) } } };
    });
  return {
    moduleDrafts: {},
    saveNowToken: 0,
    loadModuleDraft: (draft) =>
      set((s) => {
        const local = s.moduleDrafts[draft.id];
        // Never overwrite unsaved local text: the server copy only wins when ours is clean.
        if (local && (hasUnsavedWork(local) || local.revision >= draft.revision)) return s;
        return {
          moduleDrafts: {
            ...s.moduleDrafts,
            [draft.id]: {
              id: draft.id,
              module: draft.module,
              revision: draft.revision,
              saveState: "saved",
              saving: false,
              error: null,
              serverRevision: null,
              editCount: 0,
            },
          },
        };
      }),
    editModule: (id, update) =>
      patch(id, (local) => ({
        module: update(local.module),
        saveState: local.saveState === "stale" ? "stale" : "dirty",
        editCount: local.editCount + 1,
      })),
    markModuleSaving: (id) => patch(id, () => ({ saving: true, error: null })),
    markModuleSaved: (saved, editCount) =>
      patch(saved.id, (local) => ({
        revision: saved.revision,
        saving: false,
        saveState: local.editCount !== editCount ? "dirty" : "saved",
        error: null,
        serverRevision: null,
      })),
    markModuleSaveFailed: (id, message, serverRevision) =>
      patch(id, () => ({
        saving: false,
        saveState: serverRevision === null ? "failed" : "stale",
        error: message,
        serverRevision,
      })),
    overwriteWithLocal: (id) =>
      patch(id, (local) => ({
        revision: local.serverRevision ?? local.revision,
        serverRevision: null,
        saveState: "dirty",
        error: null,
      })),
    dropModuleDraft: (id) =>
      set((s) => {
        const { [id]: _dropped, ...rest } = s.moduleDrafts;
        return { moduleDrafts: rest };
      }),
    requestSaveNow: () => set((s) => ({ saveNowToken: s.saveNowToken + 1 })),
  };
};
