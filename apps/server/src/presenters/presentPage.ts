import type { Page } from "@tessera/model";
import type { PageRecord } from "../store/repositories/pages";

/** A page's metadata (its document is served by presentPageDraft). */
export function presentPage(page: PageRecord): Page {
  return {
    id: page.id,
    appId: page.appId,
    name: page.name,
    slug: page.slug,
    order: page.order,
    isHome: page.isHome,
  };
}
