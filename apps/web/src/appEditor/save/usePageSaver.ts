import { useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import { type DraftAdapter, saveAllDrafts, saveDraft } from "../../drafts/saveDraft";
import type { DocHistory } from "../history/docHistory";
import { pageDraftAdapter } from "./pageDrafts";

/** Saves page drafts: `saveNow` for one page, `saveAll` before a deploy. */
export interface PageSaver {
  adapter: DraftAdapter<DocHistory>;
  saveNow: (pageId: string) => Promise<void>;
  /** Saves every unsaved page of the app; rejects when one cannot be saved. */
  saveAll: () => Promise<void>;
}

/** The app's page saver, through the draft machine (drafts/): one per open app editor. */
export function usePageSaver(appId: string): PageSaver {
  const queryClient = useQueryClient();
  return useMemo(() => {
    const adapter = pageDraftAdapter(queryClient, appId);
    return {
      adapter,
      saveNow: async (pageId: string) => {
        // Reported through the draft's state; callers that must know use saveAll.
        if (adapter.store.get(pageId)?.scope === appId) await saveDraft(adapter, pageId);
      },
      saveAll: () => saveAllDrafts(adapter, appId),
    };
  }, [queryClient, appId]);
}
