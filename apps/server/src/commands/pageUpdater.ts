import type { PageUpdateBody } from "@tessera/model";
import type { PageRow } from "../apps/appRows";
import type { Db } from "../db/openDatabase";
import { conflict, notFound } from "../errors";
import { inTransaction } from "../store/inTransaction";
import type { PageRecord } from "../store/repositories/pages";
import type { Repositories, Store } from "../store/Store";

const nameTaken = (name: string) =>
  conflict("name_taken", `A page named ${name} exists in this app`, { path: "body.name" });
const slugTaken = (slug: string) =>
  conflict("slug_taken", `A page with the slug ${slug} exists in this app`, { path: "body.slug" });

/**
 * Renames, re-slugs, reorders a page or makes it the home page. Making a page home clears
 * the flag on the others in the same transaction, so an app always has exactly one.
 */
export function pageUpdater(
  repos: Store | Repositories,
  appId: string,
  pageId: string,
  body: PageUpdateBody,
): Promise<PageRecord>;
/** The same on the bare SQLite handle, for the demo seed until it is on the store. */
export function pageUpdater(db: Db, appId: string, pageId: string, body: PageUpdateBody): PageRow;
export function pageUpdater(
  target: Store | Repositories | Db,
  appId: string,
  pageId: string,
  body: PageUpdateBody,
): PageRow | Promise<PageRecord> {
  if ("prepare" in target) return updateOnHandle(target, appId, pageId, body);
  return inTransaction(target, async (tx) => {
    // The name, slug and home checks hold for the app's pages: two changes at once take turns.
    await tx.locks.lockRow("apps", appId);
    const page = await tx.pages.find(appId, pageId);
    if (!page) throw notFound("Page");
    if (body.name !== undefined && (await tx.pages.isNameTaken(appId, body.name, pageId))) {
      throw nameTaken(body.name);
    }
    if (
      body.slug !== undefined &&
      body.slug !== page.slug &&
      (await tx.pages.listSlugs(appId)).has(body.slug)
    ) {
      throw slugTaken(body.slug);
    }
    const now = new Date().toISOString();
    if (body.isHome) await tx.pages.clearHome(appId);
    const updated: PageRecord = {
      ...page,
      name: body.name ?? page.name,
      slug: body.slug ?? page.slug,
      order: body.order ?? page.order,
      isHome: body.isHome ? true : page.isHome,
      updatedAt: now,
    };
    await tx.pages.update(pageId, updated);
    await tx.apps.touch(appId, now);
    return updated;
  });
}

function updateOnHandle(db: Db, appId: string, pageId: string, body: PageUpdateBody): PageRow {
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
      throw nameTaken(body.name);
    }
    if (
      body.slug !== undefined &&
      db
        .prepare("SELECT 1 FROM pages WHERE app_id = ? AND slug = ? AND id <> ?")
        .get(appId, body.slug, pageId)
    ) {
      throw slugTaken(body.slug);
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
