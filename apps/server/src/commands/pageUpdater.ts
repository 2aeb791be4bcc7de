import type { PageUpdateBody } from "@tessera/model";
import type { PageRow } from "../apps/appRows";
import type { Db } from "../db/openDatabase";
import { conflict, notFound } from "../errors";

/**
 * Renames, re-slugs, reorders a page or makes it the home page. Making a page home clears
 * the flag on the others in the same transaction, so an app always has exactly one.
 */
export function pageUpdater(db: Db, appId: string, pageId: string, body: PageUpdateBody): PageRow {
  return db.transaction(() => {
    const page = db.prepare("SELECT * FROM pages WHERE id = ? AND app_id = ?").get(pageId, appId) as
      | PageRow
      | undefined;
    if (!page) throw notFound("Page");
    if (
      body.name !== undefined &&
      db
        .prepare("SELECT 1 FROM pages WHERE app_id = ? AND name = ? COLLATE NOCASE AND id <> ?")
        .get(appId, body.name, pageId)
    ) {
      throw conflict("name_taken", `A page named ${body.name} exists in this app`, { path: "body.name" });
    }
    if (
      body.slug !== undefined &&
      db
        .prepare("SELECT 1 FROM pages WHERE app_id = ? AND slug = ? AND id <> ?")
        .get(appId, body.slug, pageId)
    ) {
      throw conflict("slug_taken", `A page with the slug ${body.slug} exists in this app`, {
        path: "body.slug",
      });
    }
    const now = new Date().toISOString();
    if (body.isHome) db.prepare("UPDATE pages SET is_home = 0 WHERE app_id = ?").run(appId);
    const updated: PageRow = {
      ...page,
      name: body.name ?? page.name,
      slug: body.slug ?? page.slug,
      sort_order: body.order ?? page.sort_order,
      is_home: body.isHome ? 1 : page.is_home,
      updated_at: now,
    };
    db.prepare(
      "UPDATE pages SET name = ?, slug = ?, sort_order = ?, is_home = ?, updated_at = ? WHERE id = ?",
    ).run(updated.name, updated.slug, updated.sort_order, updated.is_home, now, pageId);
    db.prepare("UPDATE apps SET updated_at = ? WHERE id = ?").run(now, appId);
    return updated;
  })();
}
