import type { Page } from "@tessera/model";
import type { PageRow } from "../apps/appRows";

/** A page's metadata (its document is served by presentPageDraft). */
export function presentPage(row: PageRow): Page {
  return {
    id: row.id,
    appId: row.app_id,
    name: row.name,
    slug: row.slug,
    order: row.sort_order,
    isHome: row.is_home === 1,
  };
}
