import type { PageDoc } from "@tessera/model";
import type { PageRow } from "../apps/appRows";
import { assertDatasourceInWorkspace } from "../datasources/assertDatasourceInWorkspace";
import type { Db } from "../db/openDatabase";
import { badRequest, notFound, staleRevision } from "../errors";
import { inTransaction } from "../store/inTransaction";
import type { PageDraftRecord } from "../store/repositories/pages";
import type { Repositories, Store } from "../store/Store";

type SaveInput = { workspaceId: string; appId: string; pageId: string; revision: number; doc: PageDoc };

/**
 * Saves a page's draft document when `revision` is current (else 409 stale_revision with the
 * current one). Every query must use a datasource of the app's workspace.
 */
export function pageDocSaver(repos: Store | Repositories, input: SaveInput): Promise<PageDraftRecord>;
/** The same on the bare SQLite handle, for the demo seed until it is on the store. */
export function pageDocSaver(db: Db, input: SaveInput): PageRow;
export function pageDocSaver(
  target: Store | Repositories | Db,
  input: SaveInput,
): PageRow | Promise<PageDraftRecord> {
  if ("prepare" in target) return saveOnHandle(target, input);
  return (async () => {
    for (const [i, query] of input.doc.queries.entries()) {
      const id = query.config.datasourceId;
      // A query saved with another workspace's datasource id would call it with that workspace's secrets.
      if (id !== null && !(await target.datasources.findNameAndBaseUrl(id, input.workspaceId))) {
        const path = `body.doc.queries.${i}.config.datasourceId`;
        throw badRequest(`${path}: no such datasource in this workspace`, "unknown_datasource", path);
      }
    }
    const now = new Date().toISOString();
    return inTransaction(target, async (tx) => {
      // Taken before the page row, in the order every write to an app's pages takes them.
      await tx.locks.lockRow("apps", input.appId);
      const saved = await tx.pages.saveDoc({ ...input, updatedAt: now });
      const page = await tx.pages.find(input.appId, input.pageId);
      if (!page) throw notFound("Page");
      if (!saved) throw staleRevision(page.revision);
      await tx.apps.touch(input.appId, now);
      return { ...page, doc: input.doc };
    });
  })();
}

function saveOnHandle(db: Db, input: SaveInput): PageRow {
  input.doc.queries.forEach((query, i) => {
    assertDatasourceInWorkspace(
      db,
      input.workspaceId,
      query.config.datasourceId,
      `body.doc.queries.${i}.config.datasourceId`,
    );
  });
  return db.transaction(() => {
    const page = db
      .prepare("SELECT * FROM pages WHERE id = ? AND app_id = ?")
      .get(input.pageId, input.appId) as PageRow | undefined;
    if (!page) throw notFound("Page");
    if (page.revision !== input.revision) throw staleRevision(page.revision);
    const now = new Date().toISOString();
    const updated: PageRow = {
      ...page,
      doc_json: JSON.stringify(input.doc),
      revision: page.revision + 1,
      updated_at: now,
    };
    db.prepare("UPDATE pages SET doc_json = ?, revision = ?, updated_at = ? WHERE id = ?").run(
      updated.doc_json,
      updated.revision,
      now,
      page.id,
    );
    db.prepare("UPDATE apps SET updated_at = ? WHERE id = ?").run(now, input.appId);
    return updated;
  })();
}
