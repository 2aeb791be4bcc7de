import { loadDatasourceForRun, type RunnableDatasource } from "../../datasources/loadDatasourceForRun";
import type { DatasourceRow } from "../../datasources/storedHeader";
import type { Db } from "../../db/openDatabase";
import { createStoreVersion } from "../../db/storeVersion";
import type { SecretBox } from "../../secrets/createSecretBox";

export type DatasourceLoader = (datasourceId: string, workspaceId?: string) => RunnableDatasource | null;

/**
 * `loadDatasourceForRun` with its decrypted result kept while the stored row is unchanged,
 * so a hot query costs one prepared lookup instead of a statement compile, a JSON parse and
 * an AES-GCM open per run. The key is the row's full stored content, so any edit (even two
 * within one millisecond) reloads it; while the store's version is unchanged (no write at
 * all since the last look) not even the row is read.
 */
export function createDatasourceCache(db: Db, box: SecretBox, capacity = 500): DatasourceLoader {
  const rowStatement = db.prepare(
    "SELECT workspace_id, base_url, headers_json, timeout_ms, updated_at FROM datasources WHERE id = ?",
  );
  const storeVersion = createStoreVersion(db);
  const entries = new Map<
    string,
    { key: string; version: string | null; workspaceId: string; datasource: RunnableDatasource }
  >();
  return (datasourceId, workspaceId) => {
    const version = storeVersion();
    const hit = entries.get(datasourceId);
    if (version !== null && hit?.version === version) {
      return workspaceId === undefined || hit.workspaceId === workspaceId ? hit.datasource : null;
    }
    const row = rowStatement.get(datasourceId) as
      | Omit<DatasourceRow, "id" | "name" | "created_at">
      | undefined;
    if (!row || (workspaceId !== undefined && row.workspace_id !== workspaceId)) return null;
    const key = `${row.updated_at}\0${row.timeout_ms}\0${row.base_url}\0${row.headers_json}`;
    if (hit?.key === key) {
      hit.version = version;
      hit.workspaceId = row.workspace_id;
      return hit.datasource;
    }
    const datasource = loadDatasourceForRun(db, box, datasourceId, workspaceId);
    if (!datasource) return null;
    entries.delete(datasourceId);
    entries.set(datasourceId, { key, version, workspaceId: row.workspace_id, datasource });
    if (entries.size > capacity) {
      const oldest = entries.keys().next().value;
      if (oldest !== undefined) entries.delete(oldest);
    }
    return datasource;
  };
}
