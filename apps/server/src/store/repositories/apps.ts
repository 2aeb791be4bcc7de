import { compiledOnce } from "../compiledOnce";
import type { RepositoryContext } from "../Store";

/** Apps of a workspace (`apps`). */
export type AppsRepository = ReturnType<typeof createAppsRepository>;

/** Apps of a workspace (`apps`). */
export function createAppsRepository(ctx: RepositoryContext) {
  const { db } = ctx;
  const findRunTarget = compiledOnce(db, (id: string) =>
    db.selectFrom("apps").select(["workspace_id", "is_public", "latest_deployment"]).where("id", "=", id),
  );
  return {
    // Used by the run path.
    /** What a run of the app checks: its workspace, visibility and latest deployment. */
    async findForRun(
      id: string,
    ): Promise<{ workspaceId: string; isPublic: boolean; latestDeployment: number | null } | undefined> {
      const [row] = await findRunTarget(id);
      if (!row) return undefined;
      return {
        workspaceId: row.workspace_id,
        isPublic: row.is_public === 1,
        latestDeployment: row.latest_deployment === null ? null : Number(row.latest_deployment),
      };
    },
  };
}
