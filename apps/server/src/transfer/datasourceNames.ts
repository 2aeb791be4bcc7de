import type { Repositories } from "../store/Store";

/** A workspace's datasource names by id, and ids by name. */
export interface DatasourceNames {
  nameOf: Map<string, string>;
  idOf: Map<string, string>;
}

/** The names of a workspace's datasources by id, and ids by name, for linking across workspaces. */
export async function datasourceNames(repos: Repositories, workspaceId: string): Promise<DatasourceNames> {
  return indexNames(await repos.datasources.listNames(workspaceId));
}

function indexNames(rows: { id: string; name: string }[]): DatasourceNames {
  const idOf = new Map<string, string>();
  // Names are not unique: the oldest datasource of a name wins, the same one every time.
  for (const row of rows) if (!idOf.has(row.name)) idOf.set(row.name, row.id);
  return { nameOf: new Map(rows.map((row) => [row.id, row.name])), idOf };
}
