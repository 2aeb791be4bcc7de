import type { Db } from "../db/openDatabase";
import type { PageRow } from "./appRows";

/** Inserts a page row as given, on the bare SQLite handle (the demo seed's commands, until it is on the store). */
export function insertPage(db: Db, page: PageRow): void {
  db.prepare(
    `INSERT INTO pages (id, app_id, name, slug, sort_order, is_home, doc_json, revision, created_at, updated_at)
     VALUES (@id, @app_id, @name, @slug, @sort_order, @is_home, @doc_json, @revision, @created_at, @updated_at)`,
  ).run(page);
}
