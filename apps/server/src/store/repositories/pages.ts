import type { RepositoryContext } from "../Store";

/** Pages of an app with their draft documents (`pages`). */
export type PagesRepository = ReturnType<typeof createPagesRepository>;

/** Pages of an app with their draft documents (`pages`). */
export function createPagesRepository(_ctx: RepositoryContext) {
  return {};
}
