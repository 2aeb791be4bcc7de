import type { PageRow } from "../apps/appRows";
import type { Db } from "../db/openDatabase";
import { conflict, notFound } from "../errors";

/** Deletes a page other than the last; when it was home, the first remaining page becomes home. */
export function pageDeleter(db: Db, appId: string, pageId: string): void {
  db.transaction(() => {
    const page = db.prepare("SELECT * FROM pages WHERE id = ? AND app_id = ?").get(pageId, appId) as
      | PageRow
      | undefined;
    if (!page) throw notFound("Page");
    const { count } = db.prepare("SELECT COUNT(*) AS count FROM pages WHERE app_id = ?").get(appId) as {
      count: number;
    };
    if (count === 1) throw conflict("last_page", "An app needs at least one page");
    db.prepare("DELETE FROM pages WHERE id = ?").run(pageId);
    if (page.is_home) {
      db.prepare(
        "UPDATE pages SET is_home = 1 WHERE id = (SELECT id FROM pages WHERE app_id = ? ORDER BY sort_order, created_at LIMIT 1)",
      ).run(appId);
    }
    db.prepare("UPDATE apps SET updated_at = ? WHERE id = ?").run(new Date().toISOString(), appId);
  })();
}
