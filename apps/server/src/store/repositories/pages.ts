import type { PageDoc } from "@tessera/model";
import { rowsChanged } from "../dialect";
import { decodeDocument, encodeDocument } from "../documents";
import type { RepositoryContext } from "../Store";

/** A page's metadata as stored (its document apart: see PageDraftRecord). */
export interface PageRecord {
  id: string;
  appId: string;
  name: string;
  /** Unique within its app. */
  slug: string;
  order: number;
  isHome: boolean;
  /** The draft document's revision: a save names the one it was made on. */
  revision: number;
  createdAt: string;
  updatedAt: string;
}

/** A page with its draft document, decoded. */
export interface PageDraftRecord extends PageRecord {
  doc: PageDoc;
}

const META = [
  "id",
  "app_id",
  "name",
  "slug",
  "sort_order",
  "is_home",
  "revision",
  "created_at",
  "updated_at",
] as const;

interface MetaRow {
  id: string;
  app_id: string;
  name: string;
  slug: string;
  sort_order: number;
  is_home: number;
  revision: number;
  created_at: string;
  updated_at: string;
}

function toPageRecord(row: MetaRow): PageRecord {
  return {
    id: row.id,
    appId: row.app_id,
    name: row.name,
    slug: row.slug,
    order: Number(row.sort_order),
    isHome: row.is_home === 1,
    revision: Number(row.revision),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toDraftRecord(row: MetaRow & { doc_json: string }): PageDraftRecord {
  return { ...toPageRecord(row), doc: decodeDocument("pageDoc", row.doc_json, `page ${row.id}`) };
}

/** Pages of an app and their draft documents (`pages`). */
export type PagesRepository = ReturnType<typeof createPagesRepository>;

/** Pages of an app and their draft documents (`pages`). */
export function createPagesRepository(ctx: RepositoryContext) {
  const { db } = ctx;
  const inApp = (appId: string) => db.selectFrom("pages").where("app_id", "=", appId);

  return {
    /** An app's pages in order, without their documents. */
    async listForApp(appId: string): Promise<PageRecord[]> {
      const rows = await inApp(appId).select(META).orderBy("sort_order").orderBy("created_at").execute();
      return rows.map(toPageRecord);
    },

    /** An app's pages in order, with their draft documents (deploy and export read them all). */
    async listDraftsForApp(appId: string): Promise<PageDraftRecord[]> {
      const rows = await inApp(appId)
        .select([...META, "doc_json"])
        .orderBy("sort_order")
        .orderBy("created_at")
        .execute();
      return rows.map(toDraftRecord);
    },

    async find(appId: string, pageId: string): Promise<PageRecord | undefined> {
      const row = await inApp(appId).select(META).where("id", "=", pageId).executeTakeFirst();
      return row && toPageRecord(row);
    },

    async findDraft(appId: string, pageId: string): Promise<PageDraftRecord | undefined> {
      const row = await inApp(appId)
        .select([...META, "doc_json"])
        .where("id", "=", pageId)
        .executeTakeFirst();
      return row && toDraftRecord(row);
    },

    /** Whether another page of the app than `exceptId` has this name, ignoring case. */
    async isNameTaken(appId: string, name: string, exceptId?: string): Promise<boolean> {
      let query = inApp(appId)
        .select("id")
        .where((eb) => eb(eb.fn("lower", [eb.ref("name")]), "=", name.toLowerCase()));
      if (exceptId) query = query.where("id", "<>", exceptId);
      return (await query.executeTakeFirst()) !== undefined;
    },

    /** The slugs the app's pages use. */
    async listSlugs(appId: string): Promise<Set<string>> {
      const rows = await inApp(appId).select("slug").execute();
      return new Set(rows.map((row) => row.slug));
    },

    async count(appId: string): Promise<number> {
      const row = await inApp(appId)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** The order a page added at the end gets: 0 for the first. */
    async nextOrder(appId: string): Promise<number> {
      const row = await inApp(appId)
        .select((eb) => eb.fn.max("sort_order").as("last"))
        .executeTakeFirst();
      return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1;
    },

    async insert(page: PageDraftRecord): Promise<void> {
      await db
        .insertInto("pages")
        .values({
          id: page.id,
          app_id: page.appId,
          name: page.name,
          slug: page.slug,
          sort_order: page.order,
          is_home: page.isHome ? 1 : 0,
          doc_json: encodeDocument("pageDoc", page.doc),
          revision: page.revision,
          created_at: page.createdAt,
          updated_at: page.updatedAt,
        })
        .execute();
    },

    async update(
      pageId: string,
      change: { name: string; slug: string; order: number; isHome: boolean; updatedAt: string },
    ): Promise<void> {
      await db
        .updateTable("pages")
        .set({
          name: change.name,
          slug: change.slug,
          sort_order: change.order,
          is_home: change.isHome ? 1 : 0,
          updated_at: change.updatedAt,
        })
        .where("id", "=", pageId)
        .execute();
    },

    /** Clears the home flag on every page of the app (before another page takes it). */
    async clearHome(appId: string): Promise<void> {
      await db.updateTable("pages").set({ is_home: 0 }).where("app_id", "=", appId).execute();
    },

    /** Makes the app's first page (by order, then age) its home page. */
    async makeFirstHome(appId: string): Promise<void> {
      await db
        .updateTable("pages")
        .set({ is_home: 1 })
        .where("id", "=", (eb) =>
          eb
            .selectFrom("pages")
            .select("id")
            .where("app_id", "=", appId)
            .orderBy("sort_order")
            .orderBy("created_at")
            .limit(1),
        )
        .execute();
    },

    async delete(pageId: string): Promise<void> {
      await db.deleteFrom("pages").where("id", "=", pageId).execute();
    },

    /**
     * Saves a draft document made on `revision`, as revision + 1, in one statement
     * (`UPDATE ... WHERE revision = ?`): of concurrent saves made on the same revision exactly
     * one passes. False when the page is gone or its revision has moved on.
     */
    async saveDoc(save: {
      appId: string;
      pageId: string;
      revision: number;
      doc: PageDoc;
      updatedAt: string;
    }): Promise<boolean> {
      const result = await db
        .updateTable("pages")
        .set({
          doc_json: encodeDocument("pageDoc", save.doc),
          revision: save.revision + 1,
          updated_at: save.updatedAt,
        })
        .where("id", "=", save.pageId)
        .where("app_id", "=", save.appId)
        .where("revision", "=", save.revision)
        .executeTakeFirst();
      return rowsChanged(result) === 1;
    },
  };
}
