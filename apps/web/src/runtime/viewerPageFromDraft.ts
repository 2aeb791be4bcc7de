import { type Page, type PageDoc, type ViewerPage, viewerPageOf } from "@tessera/model";

/**
 * A draft page in the shape a viewer gets from a deployment, so the editor's Preview runs
 * it with the same runtime (queries run with scope "draft").
 */
export function viewerPageFromDraft(page: Page, doc: PageDoc): ViewerPage {
  return viewerPageOf({
    id: page.id,
    name: page.name,
    slug: page.slug,
    isHome: page.isHome,
    widgets: doc.widgets,
    queries: doc.queries,
    jsObjects: doc.jsObjects,
    moduleInstances: doc.moduleInstances,
  });
}
