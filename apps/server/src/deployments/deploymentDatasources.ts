import type { DeploymentSnapshot } from "@tessera/model";
import { datasourceOrigin } from "../datasources/datasourceOrigin";
import type { Db } from "../db/openDatabase";
import type { Repositories } from "../store/Store";

type Recorded = NonNullable<DeploymentSnapshot["datasources"]>;
type Deployed = Pick<DeploymentSnapshot, "pages" | "packages">;

/**
 * The datasources a deployment's queries use (page queries and the query modules of its
 * package versions), as they stand now in the app's workspace: what a deployment records.
 * An id not found there is left out; a run of it finds no datasource either.
 */
export function deploymentDatasources(
  repos: Repositories,
  workspaceId: string,
  snapshot: Deployed,
): Promise<Recorded>;
/** The same on the bare SQLite handle, for the start-up backfill and fixtures not yet on the store. */
export function deploymentDatasources(db: Db, workspaceId: string, snapshot: Deployed): Recorded;
export function deploymentDatasources(
  target: Repositories | Db,
  workspaceId: string,
  snapshot: Deployed,
): Recorded | Promise<Recorded> {
  const ids = usedDatasourceIds(snapshot);
  if ("prepare" in target) {
    const find = target.prepare("SELECT name, base_url FROM datasources WHERE id = ? AND workspace_id = ?");
    const recorded: Recorded = [];
    for (const id of ids) {
      const row = find.get(id, workspaceId) as { name: string; base_url: string } | undefined;
      if (row) recorded.push({ id, name: row.name, origin: datasourceOrigin(row.base_url) });
    }
    return recorded;
  }
  return (async () => {
    const recorded: Recorded = [];
    for (const id of ids) {
      const found = await target.datasources.findNameAndBaseUrl(id, workspaceId);
      if (found) recorded.push({ id, name: found.name, origin: datasourceOrigin(found.baseUrl) });
    }
    return recorded;
  })();
}

/** The distinct datasource ids of a deployment's queries, sorted. */
function usedDatasourceIds(snapshot: Deployed): string[] {
  const ids = new Set<string>();
  for (const page of snapshot.pages) {
    for (const query of page.queries) if (query.config.datasourceId) ids.add(query.config.datasourceId);
  }
  for (const version of snapshot.packages) {
    for (const module of version.modules) {
      if (module.kind === "query" && module.config.datasourceId) ids.add(module.config.datasourceId);
    }
  }
  return [...ids].sort();
}
