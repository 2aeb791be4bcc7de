import { type DeploymentChanges, deploymentChanges } from "@tessera/model";
import { snapshotPage } from "../commands/appDeployer";
import type { Repositories } from "../store/Store";

/**
 * What a deploy made now would change, from the page drafts against the latest deployment,
 * compared the way the deployer snapshots them. Read-only: it takes no lock, so a save landing
 * meanwhile shows on the next look.
 */
export async function pendingDeploymentChanges(
  repos: Repositories,
  appId: string,
): Promise<{ latestDeployment: number | null; changes: DeploymentChanges }> {
  const [latest, drafts] = await Promise.all([
    repos.deployments.findLatest({ appId }),
    repos.pages.listDraftsForApp(appId),
  ]);
  return {
    latestDeployment: latest?.version ?? null,
    changes: deploymentChanges(
      latest ? latest.snapshot.pages : null,
      drafts.map((page) => snapshotPage(page, page.doc)),
    ),
  };
}
