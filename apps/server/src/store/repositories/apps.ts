import type { RepositoryContext } from "../Store";

/** Apps of a workspace (`apps`). */
export type AppsRepository = ReturnType<typeof createAppsRepository>;

/** Apps of a workspace (`apps`). */
export function createAppsRepository(_ctx: RepositoryContext) {
  return {};
}
