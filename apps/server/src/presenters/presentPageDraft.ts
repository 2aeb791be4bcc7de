import { migratePageDoc, type PageDraft } from "@tessera/model";
import type { PageRow } from "../apps/appRows";

/** A page's draft document, brought to the current schema version, with its revision. */
export function presentPageDraft(row: PageRow): PageDraft {
  return {
    pageId: row.id,
    revision: row.revision,
    updatedAt: row.updated_at,
    doc: migratePageDoc(JSON.parse(row.doc_json)),
  };
}
