import type { Db } from "../db/openDatabase";

/** The names of a workspace's datasources by id, and ids by name, for linking across workspaces. */
export function datasourceNames(
  db: Db,
  workspaceId: string,
): { nameOf: Map<string, string>; idOf: Map<string, string> } {
  const rows = db
    .prepare("SELECT id, name FROM datasources WHERE workspace_id = ? ORDER BY created_at")
    .all(workspaceId) as { id: string; name: string }[];
  const idOf = new Map<string, string>();
  // Names are not unique: the oldest datasource of a name wins, the same one every time.
  for (const row of rows) if (!idOf.has(row.name)) idOf.set(row.name, row.id);
  return { nameOf: new Map(rows.map((row) => [row.id, row.name])), idOf };
}
