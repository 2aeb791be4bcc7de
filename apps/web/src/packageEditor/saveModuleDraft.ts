import type { QueryClient } from "@tanstack/react-query";
import type { DraftModule, Package } from "@tessera/model";
import { isApiError } from "../api/ApiRequestError";
import { packageQueryOptions, packagesQueryOptions, saveModule } from "../api/packages";
import { errorText } from "../shared/components/ErrorMessage";
import { useEditorStore } from "../store/editorStore";

/** Shown when another tab saved the module first; the local text stays on screen. */
export const STALE_MESSAGE =
  "This module was changed in another tab: reload to see it. Your text is kept here until you choose.";

// At most one save per module in flight: a second would name the same revision and be refused.
const inFlight = new Map<string, Promise<boolean>>();

/**
 * Saves the local copy of a draft module if it has unsaved edits, waiting for a save already
 * in flight first. Resolves true when the server then holds what is on screen.
 */
export async function saveModuleDraft(
  queryClient: QueryClient,
  packageId: string,
  moduleId: string,
): Promise<boolean> {
  // A loop, not an if: several callers may wait on one save, and the first to resume starts
  // the next one, which the others must then wait for too.
  for (let running = inFlight.get(moduleId); running; running = inFlight.get(moduleId)) await running;
  const draft = useEditorStore.getState().moduleDrafts[moduleId];
  if (!draft) return false;
  if (draft.saveState === "saved") return true;
  if (draft.saveState === "stale") return false;
  const store = useEditorStore.getState();
  const { editCount, revision, module } = draft;
  store.markModuleSaving(moduleId);
  const save = (async () => {
    try {
      const saved = await saveModule(packageId, moduleId, revision, module);
      useEditorStore.getState().markModuleSaved(saved, editCount);
      updateCachedModule(queryClient, packageId, saved);
      return useEditorStore.getState().moduleDrafts[moduleId]?.saveState === "saved";
    } catch (error) {
      if (isApiError(error, 409, "stale_revision")) {
        useEditorStore.getState().markModuleSaveFailed(moduleId, STALE_MESSAGE, error.revision ?? revision);
      } else {
        useEditorStore.getState().markModuleSaveFailed(moduleId, errorText(error), null);
      }
      return false;
    } finally {
      inFlight.delete(moduleId);
    }
  })();
  inFlight.set(moduleId, save);
  return save;
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
