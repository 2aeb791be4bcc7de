import { emptyPageDoc, type PageDoc, slugify } from "@tessera/model";
import { uniqueSlug } from "../apps/uniqueSlug";
import { conflict } from "../errors";
import { inTransaction } from "../store/inTransaction";
import { newId } from "../store/newId";
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
export function pageCreator(target: Store | Repositories, input: PageInput): Promise<PageRecord> {
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
