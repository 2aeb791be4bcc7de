import { queryOptions } from "@tanstack/react-query";
import type { Page, PageBody, PageDoc, PageDraft, PageUpdateBody } from "@tessera/model";
import { getWidgetDefinition, loadWidgets, migrateWidgets } from "@tessera/widgets";
import { apiFetch } from "./client";

const pagePath = (appId: string, pageId: string) =>
  `/api/v1/apps/${encodeURIComponent(appId)}/pages/${encodeURIComponent(pageId)}`;

/**
 * Query keys of page docs. They sit under `["app", appId]`, so invalidating an app refreshes
 * its page docs as well; the editor's local draft survives that (see appEditorSlice).
 */
export const pageKeys = {
  doc: (appId: string, pageId: string) => ["app", appId, "page", pageId, "doc"] as const,
};

/** The draft document of a page with the revision a save must name. */
export function pageDocQueryOptions(appId: string, pageId: string) {
  return queryOptions({
    queryKey: pageKeys.doc(appId, pageId),
    // A page stored with widgets of an older props shape opens (and next saves) in the current one.
    queryFn: ({ signal }) =>
      apiFetch<PageDraft>(`${pagePath(appId, pageId)}/doc`, { signal }).then(async (draft) => {
        await loadWidgets(draft.doc.widgets.map((widget) => widget.type));
        const widgets = migrateWidgets(draft.doc.widgets, getWidgetDefinition);
        return widgets === draft.doc.widgets ? draft : { ...draft, doc: { ...draft.doc, widgets } };
      }),
    // The editor copies the draft in once; background refetches would only be ignored.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Saves a page doc; a stale `revision` fails with 409 `stale_revision` naming the current one. */
export function savePageDoc(
  appId: string,
  pageId: string,
  revision: number,
  doc: PageDoc,
): Promise<PageDraft> {
  return apiFetch<PageDraft>(`${pagePath(appId, pageId)}/doc`, { method: "PUT", body: { revision, doc } });
}

export function createPage(appId: string, body: PageBody): Promise<Page> {
  return apiFetch<{ page: Page }>(`/api/v1/apps/${encodeURIComponent(appId)}/pages`, {
    method: "POST",
    body,
  }).then((r) => r.page);
}

/** Renames, re-slugs, reorders a page or makes it the home page. */
export function updatePage(appId: string, pageId: string, body: PageUpdateBody): Promise<Page> {
  return apiFetch<{ page: Page }>(pagePath(appId, pageId), { method: "PATCH", body }).then((r) => r.page);
}

/** Deletes a page; the server refuses to delete the last one. */
export function deletePage(appId: string, pageId: string): Promise<void> {
  return apiFetch<void>(pagePath(appId, pageId), { method: "DELETE" });
}
