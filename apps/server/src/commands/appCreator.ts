import { emptyPageDoc, slugify } from "@tessera/model";
import type { AppRow, PageRow } from "../apps/appRows";
import { insertPage } from "../apps/insertPage";
import { uniqueSlug } from "../apps/uniqueSlug";
import { newId } from "../db/newId";
import type { Db } from "../db/openDatabase";
import { conflict } from "../errors";

/**
 * Creates an app with a first home page "Page1", in one transaction. The slug is the
 * viewer URL, unique across the instance: a given slug that is taken is a 409, a slug made
 * from the name gets a numeric suffix instead.
 */
export function appCreator(
  db: Db,
  input: { workspaceId: string; name: string; slug?: string; isPublic?: boolean },
): { app: AppRow; pages: PageRow[] } {
  return db.transaction(() => {
    const isTaken = (slug: string) => db.prepare("SELECT 1 FROM apps WHERE slug = ?").get(slug) !== undefined;
    if (input.slug && isTaken(input.slug)) {
      throw conflict("slug_taken", `The app URL /app/${input.slug} is taken`, { path: "body.slug" });
    }
    const now = new Date().toISOString();
    const app: AppRow = {
      id: newId(),
      workspace_id: input.workspaceId,
      name: input.name,
      slug: input.slug ?? uniqueSlug(slugify(input.name), isTaken),
      is_public: input.isPublic ? 1 : 0,
      latest_deployment: null,
      created_at: now,
      updated_at: now,
    };
    db.prepare(
      `INSERT INTO apps (id, workspace_id, name, slug, is_public, latest_deployment, created_at, updated_at)
       VALUES (@id, @workspace_id, @name, @slug, @is_public, @latest_deployment, @created_at, @updated_at)`,
    ).run(app);
    const page: PageRow = {
      id: newId(),
      app_id: app.id,
      name: "Page1",
      slug: "page1",
      sort_order: 0,
      is_home: 1,
      doc_json: JSON.stringify(emptyPageDoc()),
      revision: 1,
      created_at: now,
      updated_at: now,
    };
    insertPage(db, page);
    return { app, pages: [page] };
  })();
}
