import type { PageDoc } from "@tessera/model";
import { assertDatasourceInWorkspace } from "../datasources/assertDatasourceInWorkspace";
import { notFound, staleRevision } from "../errors";
import { inTransaction } from "../store/inTransaction";
import type { PageDraftRecord } from "../store/repositories/pages";
import type { Repositories, Store } from "../store/Store";

type SaveInput = { workspaceId: string; appId: string; pageId: string; revision: number; doc: PageDoc };

/**
 * Saves a page's draft document when `revision` is current (else 409 stale_revision with the
 * current one). Every query must use a datasource of the app's workspace.
 */
export async function pageDocSaver(target: Store | Repositories, input: SaveInput): Promise<PageDraftRecord> {
  for (const [i, query] of input.doc.queries.entries()) {
    await assertDatasourceInWorkspace(
      target,
      input.workspaceId,
      query.config.datasourceId,
      `body.doc.queries.${i}.config.datasourceId`,
    );
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
}
