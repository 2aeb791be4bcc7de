import type { RepositoryContext } from "../Store";

/** Datasources of a workspace, with their stored headers (`datasources`). */
export type DatasourcesRepository = ReturnType<typeof createDatasourcesRepository>;

/** Datasources of a workspace, with their stored headers (`datasources`). */
export function createDatasourcesRepository(ctx: RepositoryContext) {
  const { db } = ctx;
  return {
    // Used by packages.
    /** The ids and names of the workspace's datasources, oldest first (for linking by name). */
    listNames(workspaceId: string): Promise<{ id: string; name: string }[]> {
      return db
        .selectFrom("datasources")
        .select(["id", "name"])
        .where("workspace_id", "=", workspaceId)
        .orderBy("created_at")
        .orderBy("id")
        .execute();
    },
  };
}
