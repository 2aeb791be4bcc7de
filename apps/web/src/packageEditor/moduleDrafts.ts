import type { QueryClient } from "@tanstack/react-query";
import type { DraftModule, ModuleBody, Package } from "@tessera/model";
import { packageQueryOptions, packagesQueryOptions, saveModule } from "../api/packages";
import { draftStoreOf } from "../drafts/draftStore";
import { type DraftAdapter, saveDraft } from "../drafts/saveDraft";
import { useEditorStore } from "../store/editorStore";

/** The module drafts in the editor store. */
export const moduleDraftStore = draftStoreOf(useEditorStore, "module");

/** Copies a server module in unless a local copy with unsaved edits, or a newer one, exists. */
export function loadModuleDraft(packageId: string, server: DraftModule): void {
  useEditorStore.getState().loadDraft("module", {
    id: server.id,
    scope: packageId,
    value: server.module,
    revision: server.revision,
  });
}

export function editModule(moduleId: string, update: (module: ModuleBody) => ModuleBody): void {
  useEditorStore.getState().editDraft("module", moduleId, update);
}

/** How the draft machine saves a package's modules: PUT the module, then the cache learns it. */
export function moduleDraftAdapter(queryClient: QueryClient, packageId: string): DraftAdapter<ModuleBody> {
  const fetchServerModule = async (moduleId: string) => {
    const data = await queryClient.fetchQuery({ ...packageQueryOptions(packageId), staleTime: 0 });
    const found = data.modules.find((m) => m.id === moduleId);
    if (!found) throw new Error("This module no longer exists.");
    return found;
  };
  return {
    store: moduleDraftStore,
    noun: "module",
    save: async (draft) => {
      const saved = await saveModule(packageId, draft.id, draft.revision, draft.value);
      updateCachedModule(queryClient, packageId, saved);
      return saved.revision;
    },
    currentRevision: async (moduleId) => (await fetchServerModule(moduleId)).revision,
    loadSaved: async (moduleId) => loadModuleDraft(packageId, await fetchServerModule(moduleId)),
  };
}

/**
 * Saves one module's draft if it has unsaved edits (see drafts/saveDraft). Resolves true when
 * the server then holds what is on screen.
 */
export function saveModuleDraft(
  queryClient: QueryClient,
  packageId: string,
  moduleId: string,
): Promise<boolean> {
  return saveDraft(moduleDraftAdapter(queryClient, packageId), moduleId);
}

/**
 * Puts the saved module into the package query and marks the package as having unpublished
 * changes, so the draft is not copied back in from a stale answer.
 */
function updateCachedModule(queryClient: QueryClient, packageId: string, saved: DraftModule) {
  const key = packageQueryOptions(packageId).queryKey;
  const current = queryClient.getQueryData(key);
  if (current) {
    queryClient.setQueryData(key, {
      package: { ...current.package, hasUnpublishedChanges: true },
      modules: current.modules.map((m) => (m.id === saved.id ? saved : m)),
    });
    const listKey = packagesQueryOptions(current.package.workspaceId).queryKey;
    queryClient.setQueryData(listKey, (list: Package[] | undefined) =>
      list?.map((p) => (p.id === packageId ? { ...p, hasUnpublishedChanges: true } : p)),
    );
  }
}
