import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { pageDocQueryOptions } from "../api/pages";
import { loadPageDraft, pageDraftStore } from "./save/pageDrafts";
import type { PageDraftCopy } from "./store/appEditorSlice";

/**
 * The local copy of a page's doc: fetched once and copied into the store, which then owns it
 * until it is saved. Returns the fetch error while there is no copy.
 */
export function usePageDraft(
  appId: string,
  pageId: string,
): { draft: PageDraftCopy | undefined; error: unknown } {
  const query = useQuery(pageDocQueryOptions(appId, pageId));
  const draft = pageDraftStore.useTable((table) => table[pageId]);
  const hasDraft = draft !== undefined;
  // biome-ignore lint/correctness/useExhaustiveDependencies: hasDraft re-runs the copy-in after the copy was dropped
  useEffect(() => {
    // Re-run when the copy was dropped ("load the saved version") even if the data is unchanged.
    if (query.data) loadPageDraft(appId, query.data);
  }, [appId, query.data, hasDraft]);
  return { draft, error: hasDraft ? null : query.error };
}
