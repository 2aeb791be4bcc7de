import { emptyPageDoc, type PageDoc, slugify } from "@tessera/model";
import type { PageRow } from "../apps/appRows";
import { insertPage } from "../apps/insertPage";
import { uniqueSlug } from "../apps/uniqueSlug";
import { newId } from "../db/newId";
import type { Db } from "../db/openDatabase";
import { conflict } from "../errors";
import { inTransaction } from "../store/inTransaction";
import type { PageRecord } from "../store/repositories/pages";
import type { Repositories, Store } from "../store/Store";

type PageInput = { appId: string; name: string; slug?: string; doc?: PageDoc };

const nameTaken = (name: string) =>
  conflict("name_taken", `A page named ${name} exists in this app`, { path: "body.name" });
const slugTaken = (slug: string) =>
  conflict("slug_taken", `A page with the slug ${slug} exists in this app`, { path: "body.slug" });

/**
 * Adds a page at the end of an app. Page names are unique per app (case-insensitive)
 * because `navigateTo('Home')` finds pages by name; slugs are unique per app.
 */
export function pageCreator(repos: Store | Repositories, input: PageInput): Promise<PageRecord>;
/** The same on the bare SQLite handle, for the demo seed until it is on the store. */
export function pageCreator(db: Db, input: PageInput): PageRow;
export function pageCreator(
  target: Store | Repositories | Db,
  input: PageInput,
): PageRow | Promise<PageRecord> {
  if ("prepare" in target) return createOnHandle(target, input);
  return inTransaction(target, async (tx) => {
    // The name, slug and order checks hold for the app's pages: two adds at once take turns.
    await tx.locks.lockRow("apps", input.appId);
    if (await tx.pages.isNameTaken(input.appId, input.name)) throw nameTaken(input.name);
    const slugs = await tx.pages.listSlugs(input.appId);
    if (input.slug && slugs.has(input.slug)) throw slugTaken(input.slug);
    const order = await tx.pages.nextOrder(input.appId);
    const now = new Date().toISOString();
    const page = {
      id: newId(),
      appId: input.appId,
      name: input.name,
      slug: input.slug ?? uniqueSlug(slugify(input.name), (slug) => slugs.has(slug)),
      order,
      isHome: order === 0,
      revision: 1,
      createdAt: now,
      updatedAt: now,
    };
    await tx.pages.insert({ ...page, doc: input.doc ?? emptyPageDoc() });
    await tx.apps.touch(input.appId, now);
    return page;
  });
}

function createOnHandle(db: Db, input: PageInput): PageRow {
  return db.transaction(() => {
    if (
      db
        .prepare("SELECT 1 FROM pages WHERE app_id = ? AND name = ? COLLATE NOCASE")
        .get(input.appId, input.name)
    ) {
      throw nameTaken(input.name);
    }
    const isTaken = (slug: string) =>
      db.prepare("SELECT 1 FROM pages WHERE app_id = ? AND slug = ?").get(input.appId, slug) !== undefined;
    if (input.slug && isTaken(input.slug)) throw slugTaken(input.slug);
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
