import type { DeploymentSnapshot } from "@tessera/model";
import { datasourceOrigin } from "../datasources/datasourceOrigin";
import type { Db } from "../db/openDatabase";
import type { Repositories } from "../store/Store";

type RecordedDatasources = NonNullable<DeploymentSnapshot["datasources"]>;

/**
 * The datasources a deployment's queries use (page queries and the query modules of its
 * package versions), as they stand now in the app's workspace: what a deployment records.
 * An id not found there is left out; a run of it finds no datasource either.
 */
export function deploymentDatasources(
  repos: Repositories,
  workspaceId: string,
  snapshot: Pick<DeploymentSnapshot, "pages" | "packages">,
): Promise<RecordedDatasources>;
/** The same on the bare SQLite handle, for the callers that still write through it. */
export function deploymentDatasources(
  db: Db,
  workspaceId: string,
  snapshot: Pick<DeploymentSnapshot, "pages" | "packages">,
): RecordedDatasources;
export function deploymentDatasources(
  target: Repositories | Db,
  workspaceId: string,
  snapshot: Pick<DeploymentSnapshot, "pages" | "packages">,
): RecordedDatasources | Promise<RecordedDatasources> {
  const ids = [...usedDatasourceIds(snapshot)].sort();
  // Sorted here, by code unit: the database's collation may order ids otherwise.
  const record = (found: { id: string; name: string; baseUrl: string }[]): RecordedDatasources =>
    found
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((d) => ({ id: d.id, name: d.name, origin: datasourceOrigin(d.baseUrl) }));
  if ("prepare" in target) {
    const find = target.prepare("SELECT name, base_url FROM datasources WHERE id = ? AND workspace_id = ?");
    const found: { id: string; name: string; baseUrl: string }[] = [];
    for (const id of ids) {
      const row = find.get(id, workspaceId) as { name: string; base_url: string } | undefined;
      if (row) found.push({ id, name: row.name, baseUrl: row.base_url });
    }
    return record(found);
  }
  return target.datasources.listByIds(workspaceId, ids).then(record);
}

function usedDatasourceIds(snapshot: Pick<DeploymentSnapshot, "pages" | "packages">): Set<string> {
  const ids = new Set<string>();
  for (const page of snapshot.pages) {
    for (const query of page.queries) if (query.config.datasourceId) ids.add(query.config.datasourceId);
  }
  for (const version of snapshot.packages) {
    for (const module of version.modules) {
      if (module.kind === "query" && module.config.datasourceId) ids.add(module.config.datasourceId);
    }
  }
  return ids;
}
