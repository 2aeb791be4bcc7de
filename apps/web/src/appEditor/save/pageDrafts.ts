import type { QueryClient } from "@tanstack/react-query";
import type { PageDraft } from "@tessera/model";
import { pageDocQueryOptions, pageKeys, savePageDoc } from "../../api/pages";
import { draftStoreOf } from "../../drafts/draftStore";
import type { DraftAdapter } from "../../drafts/saveDraft";
import { useEditorStore } from "../../store/editorStore";
import { createHistory, type DocHistory } from "../history/docHistory";

/** The page drafts in the editor store. */
export const pageDraftStore = draftStoreOf(useEditorStore, "page");

/** How the draft machine saves an app's page docs: PUT the doc, then the cache learns it. */
export function pageDraftAdapter(queryClient: QueryClient, appId: string): DraftAdapter<DocHistory> {
  const fetchServerPage = (pageId: string) =>
    queryClient.fetchQuery({ ...pageDocQueryOptions(appId, pageId), staleTime: 0 });
  return {
    store: pageDraftStore,
    noun: "page",
    save: async (draft) => {
      const saved = await savePageDoc(appId, draft.id, draft.revision, draft.value.present);
      // The local copy stays the one being edited; the cache only learns the saved revision.
      queryClient.setQueryData(pageKeys.doc(appId, draft.id), saved);
      return saved.revision;
    },
    currentRevision: async (pageId) => (await fetchServerPage(pageId)).revision,
    loadSaved: async (pageId) => loadPageDraft(appId, await fetchServerPage(pageId)),
  };
}

/** Copies a server page doc in, unless a local copy exists that is unsaved or as new. */
export function loadPageDraft(appId: string, server: PageDraft): void {
  useEditorStore.getState().loadDraft("page", {
    id: server.pageId,
    scope: appId,
    value: createHistory(server.doc),
    revision: server.revision,
  });
}
