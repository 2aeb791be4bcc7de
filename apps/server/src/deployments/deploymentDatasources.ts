import type { DeploymentSnapshot } from "@tessera/model";
import { datasourceOrigin } from "../datasources/datasourceOrigin";
import type { Db } from "../db/openDatabase";

/**
 * The datasources a deployment's queries use (page queries and the query modules of its
 * package versions), as they stand now in the app's workspace: what a deployment records.
 * An id not found there is left out; a run of it finds no datasource either.
 */
export function deploymentDatasources(
  db: Db,
  workspaceId: string,
  snapshot: Pick<DeploymentSnapshot, "pages" | "packages">,
): NonNullable<DeploymentSnapshot["datasources"]> {
  const ids = new Set<string>();
  for (const page of snapshot.pages) {
    for (const query of page.queries) if (query.config.datasourceId) ids.add(query.config.datasourceId);
  }
  for (const version of snapshot.packages) {
    for (const module of version.modules) {
      if (module.kind === "query" && module.config.datasourceId) ids.add(module.config.datasourceId);
    }
  }
  const find = db.prepare("SELECT name, base_url FROM datasources WHERE id = ? AND workspace_id = ?");
  const recorded: NonNullable<DeploymentSnapshot["datasources"]> = [];
  for (const id of [...ids].sort()) {
    const row = find.get(id, workspaceId) as { name: string; base_url: string } | undefined;
    if (row) recorded.push({ id, name: row.name, origin: datasourceOrigin(row.base_url) });
  }
  return recorded;
}
