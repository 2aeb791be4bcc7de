import type { Db } from "../db/openDatabase";
import type { Repositories } from "../store/Store";

/** A workspace's datasource names by id, and ids by name. */
export interface DatasourceNames {
  nameOf: Map<string, string>;
  idOf: Map<string, string>;
}

/** The names of a workspace's datasources by id, and ids by name, for linking across workspaces. */
export function datasourceNames(repos: Repositories, workspaceId: string): Promise<DatasourceNames>;
/** The same on the bare SQLite handle, for callers not yet on the store. */
export function datasourceNames(db: Db, workspaceId: string): DatasourceNames;
export function datasourceNames(
  target: Repositories | Db,
  workspaceId: string,
): DatasourceNames | Promise<DatasourceNames> {
  if ("prepare" in target) {
    return indexNames(
      target
        .prepare("SELECT id, name FROM datasources WHERE workspace_id = ? ORDER BY created_at, id")
        .all(workspaceId) as { id: string; name: string }[],
    );
  }
  return target.datasources.listNames(workspaceId).then(indexNames);
}

function indexNames(rows: { id: string; name: string }[]): DatasourceNames {
  const idOf = new Map<string, string>();
  // Names are not unique: the oldest datasource of a name wins, the same one every time.
  for (const row of rows) if (!idOf.has(row.name)) idOf.set(row.name, row.id);
  return { nameOf: new Map(rows.map((row) => [row.id, row.name])), idOf };
}
