import type { RepositoryContext } from "../Store";

/** Where packages are used: page drafts and deployments that pin them (reads across `pages`, `deployments`, `deployment_packages`). */
export type UsageRepository = ReturnType<typeof createUsageRepository>;

/** Where packages are used: page drafts and deployments that pin them (reads across `pages`, `deployments`, `deployment_packages`). */
export function createUsageRepository(_ctx: RepositoryContext) {
  return {};
}
