import { conflict, notFound } from "../errors";
import { inTransaction } from "../store/inTransaction";
import type { Repositories, Store } from "../store/Store";

/** Deletes a page other than the last; when it was home, the first remaining page becomes home. */
export function pageDeleter(repos: Store | Repositories, appId: string, pageId: string): Promise<void> {
  return inTransaction(repos, async (tx) => {
    // Two deletes at once must not both pass the last-page check.
    await tx.locks.lockRow("apps", appId);
    const page = await tx.pages.find(appId, pageId);
    if (!page) throw notFound("Page");
    if ((await tx.pages.count(appId)) === 1) throw conflict("last_page", "An app needs at least one page");
    await tx.pages.delete(pageId);
    if (page.isHome) await tx.pages.makeFirstHome(appId);
    await tx.apps.touch(appId, new Date().toISOString());
  });
}
