import type { RepositoryContext } from "../Store";

/** Datasources of a workspace, with their stored headers (`datasources`). */
export type DatasourcesRepository = ReturnType<typeof createDatasourcesRepository>;

/** Datasources of a workspace, with their stored headers (`datasources`). */
export function createDatasourcesRepository(_ctx: RepositoryContext) {
  return {};
}
