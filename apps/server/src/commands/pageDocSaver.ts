import type { PageDoc } from "@tessera/model";
import type { PageRow } from "../apps/appRows";
import { assertDatasourceInWorkspace } from "../datasources/assertDatasourceInWorkspace";
import type { Db } from "../db/openDatabase";
import { notFound, staleRevision } from "../errors";

/**
 * Saves a page's draft document when `revision` is current (else 409 stale_revision with the
 * current one). Every query must use a datasource of the app's workspace.
 */
export function pageDocSaver(
  db: Db,
  input: { workspaceId: string; appId: string; pageId: string; revision: number; doc: PageDoc },
): PageRow {
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
