import { openDatasourceForRun, type RunnableDatasource } from "../../datasources/openDatasourceForRun";
import type { SecretBox } from "../../secrets/createSecretBox";
import type { DatasourceRecord } from "../../store/repositories/datasources";
import type { Store } from "../../store/Store";

/**
 * Loads a datasource for a run, with its secrets decrypted; null when it does not exist or
 * (when `workspaceId` is given) belongs to another workspace. `version` is the store version
 * the run read.
 */
export type DatasourceLoader = (
  datasourceId: string,
  workspaceId: string | undefined,
  version: string | null,
) => Promise<RunnableDatasource | null>;

/**
 * `loadDatasourceForRun` with its decrypted result kept: while the store's version is the
 * one it was read under (no write at all since, in any process) not even the row is read;
 * after a write the row is read again, and decrypted again only if it changed. The key is
 * the row's full stored content, so any edit (even two within one millisecond) reloads it,
 * and an edit through another instance applies to the next run here.
 */
export function createDatasourceCache(store: Store, box: SecretBox, capacity = 500): DatasourceLoader {
  const entries = new Map<
    string,
    { key: string; version: string | null; workspaceId: string; datasource: RunnableDatasource }
  >();
  return async (datasourceId, workspaceId, version) => {
    const hit = entries.get(datasourceId);
    if (version !== null && hit?.version === version) {
      return workspaceId === undefined || hit.workspaceId === workspaceId ? hit.datasource : null;
    }
    const stored = await store.datasources.findById(datasourceId);
    if (!stored || (workspaceId !== undefined && stored.workspaceId !== workspaceId)) return null;
    const key = contentKey(stored);
    if (hit?.key === key) {
      hit.version = version;
      return hit.datasource;
    }
    const datasource = openDatasourceForRun(box, stored);
    entries.delete(datasourceId);
    entries.set(datasourceId, { key, version, workspaceId: stored.workspaceId, datasource });
    if (entries.size > capacity) {
      const oldest = entries.keys().next().value;
      if (oldest !== undefined) entries.delete(oldest);
    }
    return datasource;
  };
}

function contentKey(datasource: DatasourceRecord): string {
  // The record is the decoded row (its config document included): its JSON is its content.
  return JSON.stringify(datasource);
}
