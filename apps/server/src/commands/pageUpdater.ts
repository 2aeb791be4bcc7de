import type { PageUpdateBody } from "@tessera/model";
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
  target: Store | Repositories,
  appId: string,
  pageId: string,
  body: PageUpdateBody,
): Promise<PageRecord> {
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
