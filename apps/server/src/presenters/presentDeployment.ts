import type { DeploymentRecord } from "../store/repositories/deployments";

/** A deployment as the editor lists it: when, and which package versions it pinned. */
export interface DeploymentSummary {
  version: number;
  deployedAt: string;
  packages: { packageId: string; version: number }[];
}

/** Presents a deployment with the package versions recorded for it. */
export function presentDeployment(deployment: DeploymentRecord): DeploymentSummary {
  return { version: deployment.version, deployedAt: deployment.deployedAt, packages: deployment.packages };
}
