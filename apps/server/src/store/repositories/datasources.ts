import type { RepositoryContext } from "../Store";

/** Datasources of a workspace, with their stored headers (`datasources`). */
export type DatasourcesRepository = ReturnType<typeof createDatasourcesRepository>;

/** Datasources of a workspace, with their stored headers (`datasources`). */
export function createDatasourcesRepository(ctx: RepositoryContext) {
  const { db } = ctx;
  return {
    // Used by packages, apps and deployments.
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

    /** A datasource's name and base URL when it belongs to the workspace, else undefined. */
    findNameAndBaseUrl(
      id: string,
      workspaceId: string,
    ): Promise<{ id: string; name: string; baseUrl: string } | undefined> {
      return db
        .selectFrom("datasources")
        .select(["id", "name", "base_url as baseUrl"])
        .where("id", "=", id)
        .where("workspace_id", "=", workspaceId)
        .executeTakeFirst();
    },
  };
}
