import type { PageDoc } from "@tessera/model";
import { compiledOnce } from "../compiledOnce";
import { decodeDocument } from "../documents";
import type { RepositoryContext } from "../Store";

/** Pages of an app with their draft documents (`pages`). */
export type PagesRepository = ReturnType<typeof createPagesRepository>;

/** Pages of an app with their draft documents (`pages`). */
export function createPagesRepository(ctx: RepositoryContext) {
  const { db } = ctx;
  const findDocRow = compiledOnce(db, (id: string, appId: string) =>
    db.selectFrom("pages").select("doc_json").where("id", "=", id).where("app_id", "=", appId),
  );
  return {
    // Used by the run path.
    /** The draft document of a page of the app, or undefined when the app has no such page. */
    async findDocForRun(appId: string, pageId: string): Promise<PageDoc | undefined> {
      const [row] = await findDocRow(pageId, appId);
      return row ? decodeDocument("pageDoc", row.doc_json, `page ${pageId}`) : undefined;
    },
  };
}
