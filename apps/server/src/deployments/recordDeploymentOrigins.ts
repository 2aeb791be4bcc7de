import type { Store } from "../store/Store";
import { deploymentDatasources } from "./deploymentDatasources";

/**
 * Gives every deployment made before deployments recorded their datasources' origins the
 * origins those datasources have now, in one transaction at start. From then on an older
 * deployment is held to where its datasources pointed on upgrade, like a new one: a move
 * after that stops its runs until it is deployed again. Resolves to how many were updated.
 */
export function recordDeploymentOrigins(store: Store): Promise<number> {
  return store.transaction(async (tx) => {
    const deployments = await tx.deployments.listLackingDatasources();
    for (const { appId, version, workspaceId, snapshot } of deployments) {
      const datasources = await deploymentDatasources(tx, workspaceId, snapshot);
      await tx.deployments.replaceSnapshot(appId, version, { ...snapshot, datasources });
    }
    return deployments.length;
  });
}
