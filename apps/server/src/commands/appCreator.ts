import { emptyPageDoc, slugify } from "@tessera/model";
import type { AppRow, PageRow } from "../apps/appRows";
import { freeAppSlug } from "../apps/freeAppSlug";
import { insertPage } from "../apps/insertPage";
import { retryOnSlugRace } from "../apps/retryOnSlugRace";
import { slugTaken } from "../apps/slugTaken";
import { uniqueSlug } from "../apps/uniqueSlug";
import { newId } from "../db/newId";
import type { Db } from "../db/openDatabase";
import type { AppRecord } from "../store/repositories/apps";
import type { PageRecord } from "../store/repositories/pages";
import type { Repositories, Store } from "../store/Store";

type AppInput = { workspaceId: string; name: string; slug?: string; isPublic?: boolean };

/**
 * Creates an app with a first home page "Page1", in one transaction. The slug is the
 * viewer URL, unique across the instance: a given slug that is taken is a 409, a slug made
 * from the name gets a numeric suffix instead.
 */
export function appCreator(
  repos: Store | Repositories,
  input: AppInput,
): Promise<{ app: AppRecord; pages: PageRecord[] }>;
/** The same on the bare SQLite handle, for the demo seed until it is on the store. */
export function appCreator(db: Db, input: AppInput): { app: AppRow; pages: PageRow[] };
export function appCreator(
  target: Store | Repositories | Db,
  input: AppInput,
): { app: AppRow; pages: PageRow[] } | Promise<{ app: AppRecord; pages: PageRecord[] }> {
  if ("prepare" in target) return createOnHandle(target, input);
  return retryOnSlugRace(target, { slugChosen: input.slug !== undefined }, async (tx) => {
    if (input.slug && (await tx.apps.isSlugTaken(input.slug))) throw slugTaken(input.slug);
    const now = new Date().toISOString();
    const app: AppRecord = {
      id: newId(),
      workspaceId: input.workspaceId,
      name: input.name,
      slug: input.slug ?? (await freeAppSlug(tx, slugify(input.name))),
      isPublic: input.isPublic ?? false,
      latestDeployment: null,
      createdAt: now,
      updatedAt: now,
    };
    await tx.apps.insert(app);
    const page = {
      id: newId(),
      appId: app.id,
      name: "Page1",
      slug: "page1",
      order: 0,
      isHome: true,
      doc: emptyPageDoc(),
      revision: 1,
      createdAt: now,
      updatedAt: now,
    };
    await tx.pages.insert(page);
    const { doc: _doc, ...meta } = page;
    return { app, pages: [meta] };
  });
}

function createOnHandle(db: Db, input: AppInput): { app: AppRow; pages: PageRow[] } {
  return db.transaction(() => {
    const isTaken = (slug: string) => db.prepare("SELECT 1 FROM apps WHERE slug = ?").get(slug) !== undefined;
    if (input.slug && isTaken(input.slug)) throw slugTaken(input.slug);
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
