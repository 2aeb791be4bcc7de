import type { RepositoryContext } from "../Store";

/** Datasources of a workspace, with their stored headers (`datasources`). */
export type DatasourcesRepository = ReturnType<typeof createDatasourcesRepository>;

/** Datasources of a workspace, with their stored headers (`datasources`). */
export function createDatasourcesRepository(ctx: RepositoryContext) {
  const { db } = ctx;
  return {
    // Used by apps and deployments.
    /** The ids and names of a workspace's datasources, oldest first. */
    listNames(workspaceId: string): Promise<{ id: string; name: string }[]> {
      return db
        .selectFrom("datasources")
        .select(["id", "name"])
        .where("workspace_id", "=", workspaceId)
        .orderBy("created_at")
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
