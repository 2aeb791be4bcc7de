import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { PageDraft } from "@tessera/model";
import { useCallback, useMemo } from "react";
import { isApiError } from "../../api/ApiRequestError";
import { pageKeys, savePageDoc } from "../../api/pages";
import { useEditorStore } from "../../store/editorStore";

const STALE_MESSAGE =
  "This page was changed elsewhere (another tab or another author). Your changes are kept here: choose which version to keep.";

/** Saves page drafts: `saveNow` for one page, `saveAll` before a deploy. */
export interface PageSaver {
  saveNow: (pageId: string) => Promise<void>;
  /** Saves every unsaved page of the app; rejects when one cannot be saved. */
  saveAll: () => Promise<void>;
}

/**
 * Autosaves the app's page drafts: each edit restarts a short timer, then the doc is PUT with
 * the revision it is based on. A 409 marks the copy stale and keeps it; the author chooses.
 */
export function usePageSaver(appId: string): PageSaver {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (draft: { pageId: string; revision: number; doc: PageDraft["doc"]; editCount: number }) =>
      savePageDoc(appId, draft.pageId, draft.revision, draft.doc),
    onMutate: (draft) => useEditorStore.getState().markPageSaving(draft.pageId),
    onSuccess: (saved, draft) => {
      useEditorStore.getState().markPageSaved(saved, draft.editCount);
      // The local copy stays the one being edited; the cache only learns the new revision.
      void queryClient.invalidateQueries({ queryKey: pageKeys.doc(appId, draft.pageId) });
    },
    onError: (error, draft) => {
      const stale = isApiError(error, 409, "stale_revision");
      const message = stale
        ? STALE_MESSAGE
        : `Saving failed: ${error instanceof Error ? error.message : "unknown error"}`;
      const serverRevision = stale && isApiError(error) ? (error.revision ?? draft.revision) : undefined;
      useEditorStore.getState().markPageSaveFailed(draft.pageId, message, serverRevision);
    },
  });
  const { mutateAsync } = mutation;

  const saveNow = useCallback(
    async (pageId: string) => {
      const draft = useEditorStore.getState().pageDrafts[pageId];
      if (!draft || draft.appId !== appId || draft.saveState === "saving" || draft.saveState === "stale")
        return;
      if (draft.saveState === "saved") return;
      await mutateAsync({
        pageId,
        revision: draft.revision,
        doc: draft.history.present,
        editCount: draft.editCount,
      }).catch(() => {
        // Reported through the draft's save state; callers that must know use saveAll.
      });
    },
    [appId, mutateAsync],
  );

  const saveAll = useCallback(async () => {
    // A save that lands while another edit happened leaves the copy dirty: loop until clean.
    for (let round = 0; round < 20; round++) {
      const drafts = Object.values(useEditorStore.getState().pageDrafts).filter((d) => d.appId === appId);
      const blocked = drafts.find((d) => d.saveState === "stale" || d.saveState === "failed");
      if (blocked) throw new Error(`A page could not be saved: ${blocked.error ?? "unknown error"}`);
      const dirty = drafts.filter((d) => d.saveState === "dirty");
      const saving = drafts.some((d) => d.saveState === "saving");
      if (dirty.length === 0 && !saving) return;
      if (dirty.length > 0) await Promise.all(dirty.map((d) => saveNow(d.pageId)));
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error("The pages kept changing while saving; try again.");
  }, [appId, saveNow]);

  return useMemo(() => ({ saveNow, saveAll }), [saveNow, saveAll]);
}
