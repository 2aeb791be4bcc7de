import type { RepositoryContext } from "../Store";

/** Deployments of an app and the package versions they pinned (`deployments`, `deployment_packages`). */
export type DeploymentsRepository = ReturnType<typeof createDeploymentsRepository>;

/** Deployments of an app and the package versions they pinned (`deployments`, `deployment_packages`). */
export function createDeploymentsRepository(_ctx: RepositoryContext) {
  return {};
}
