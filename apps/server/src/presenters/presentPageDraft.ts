import type { PageDraft } from "@tessera/model";
import type { PageDraftRecord } from "../store/repositories/pages";

/** A page's draft document (decoded to the current schema version by the store), with its revision. */
export function presentPageDraft(page: PageDraftRecord): PageDraft {
  return { pageId: page.id, revision: page.revision, updatedAt: page.updatedAt, doc: page.doc };
}
