import type { DeploymentSnapshot } from "@tessera/model";
import type { RunnableDatasource } from "../datasources/openDatasourceForRun";
import { conflict } from "../errors";

/**
 * Refuses a run of a deployment whose datasource now points to another origin than when it
 * was deployed (or that it never recorded): a developer's edit of the base URL would
 * otherwise reroute every deployed app's calls, with what its users type, at once. The app
 * follows the datasource again once deployed again. `recorded` undefined means no deployment
 * is involved (drafts and packages run against the datasource as it is).
 */
export function assertDatasourceUnmoved(
  recorded: DeploymentSnapshot["datasources"],
  datasource: Pick<RunnableDatasource, "id" | "name" | "origin">,
): void {
  if (recorded === undefined) return;
  const entry = recorded.find((d) => d.id === datasource.id);
  if (entry?.origin === datasource.origin) return;
  throw conflict(
    "datasource_moved",
    `The datasource ${datasource.name} points to another server than when this app was deployed; deploy the app again to use it`,
  );
}
