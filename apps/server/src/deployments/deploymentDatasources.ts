import type { DeploymentSnapshot } from "@tessera/model";
import { storedConfigOrigin } from "../datasources/storedDatasourceConfig";
import type { Repositories } from "../store/Store";

type Recorded = NonNullable<DeploymentSnapshot["datasources"]>;
type Deployed = Pick<DeploymentSnapshot, "pages" | "packages">;

/**
 * The datasources a deployment's queries use (page queries and the query modules of its
 * package versions), as they stand now in the app's workspace: what a deployment records.
 * An id not found there is left out; a run of it finds no datasource either.
 */
export async function deploymentDatasources(
  repos: Repositories,
  workspaceId: string,
  snapshot: Deployed,
): Promise<Recorded> {
  const recorded: Recorded = [];
  for (const id of usedDatasourceIds(snapshot)) {
    const found = await repos.datasources.findInWorkspace(id, workspaceId);
    if (found) recorded.push({ id, name: found.name, origin: storedConfigOrigin(found) });
  }
  return recorded;
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
