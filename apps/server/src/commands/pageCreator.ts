import { emptyPageDoc, type PageDoc, slugify } from "@tessera/model";
import type { PageRow } from "../apps/appRows";
import { insertPage } from "../apps/insertPage";
import { uniqueSlug } from "../apps/uniqueSlug";
import { newId } from "../db/newId";
import type { Db } from "../db/openDatabase";
import { conflict } from "../errors";

/**
 * Adds a page at the end of an app. Page names are unique per app (case-insensitive)
 * because `navigateTo('Home')` finds pages by name; slugs are unique per app.
 */
export function pageCreator(
  db: Db,
  input: { appId: string; name: string; slug?: string; doc?: PageDoc },
): PageRow {
  return db.transaction(() => {
    if (
      db
        .prepare("SELECT 1 FROM pages WHERE app_id = ? AND name = ? COLLATE NOCASE")
        .get(input.appId, input.name)
    ) {
      throw conflict("name_taken", `A page named ${input.name} exists in this app`, { path: "body.name" });
    }
    const isTaken = (slug: string) =>
      db.prepare("SELECT 1 FROM pages WHERE app_id = ? AND slug = ?").get(input.appId, slug) !== undefined;
    if (input.slug && isTaken(input.slug)) {
      throw conflict("slug_taken", `A page with the slug ${input.slug} exists in this app`, {
        path: "body.slug",
      });
    }
    const { next } = db
      .prepare("SELECT COALESCE(MAX(sort_order) + 1, 0) AS next FROM pages WHERE app_id = ?")
      .get(input.appId) as { next: number };
    const now = new Date().toISOString();
    const page: PageRow = {
      id: newId(),
      app_id: input.appId,
      name: input.name,
      slug: input.slug ?? uniqueSlug(slugify(input.name), isTaken),
      sort_order: next,
      is_home: next === 0 ? 1 : 0,
      doc_json: JSON.stringify(input.doc ?? emptyPageDoc()),
      revision: 1,
      created_at: now,
      updated_at: now,
    };
    insertPage(db, page);
    db.prepare("UPDATE apps SET updated_at = ? WHERE id = ?").run(now, input.appId);
    return page;
  })();
}
