import type { DeploymentSnapshot } from "@tessera/model";
import { decodeDocument, encodeDocument } from "../documents";
import type { RepositoryContext } from "../Store";

/** Deployments of an app and the package versions they pinned (`deployments`, `deployment_packages`). */
export type DeploymentsRepository = ReturnType<typeof createDeploymentsRepository>;

/** Deployments of an app and the package versions they pinned (`deployments`, `deployment_packages`). */
export function createDeploymentsRepository(ctx: RepositoryContext) {
  const { db, dialect } = ctx;
  return {
    // Used by the run path.
    /** The snapshot of one deployment of the app, or undefined. */
    async findSnapshotForRun(appId: string, version: number): Promise<DeploymentSnapshot | undefined> {
      // No compiled lookup: a snapshot never changes, and the run path keeps the ones it read.
      const row = await db
        .selectFrom("deployments")
        .select("snapshot_json")
        .where("app_id", "=", appId)
        .where("version", "=", version)
        .executeTakeFirst();
      return row
        ? decodeDocument("deploymentSnapshot", row.snapshot_json, `deployment ${appId} v${version}`)
        : undefined;
    },

    /** Deployments whose snapshot has no `datasources` list (made before deployments recorded one). */
    async listLackingDatasources(): Promise<
      { appId: string; version: number; workspaceId: string; snapshot: DeploymentSnapshot }[]
    > {
      const rows = await db
        .selectFrom("deployments as d")
        .innerJoin("apps as a", "a.id", "d.app_id")
        .select(["d.app_id", "d.version", "d.snapshot_json", "a.workspace_id"])
        .where(dialect.jsonLacks("d.snapshot_json", "datasources"))
        .execute();
      return rows.map((row) => ({
        appId: row.app_id,
        version: Number(row.version),
        workspaceId: row.workspace_id,
        snapshot: decodeDocument(
          "deploymentSnapshot",
          row.snapshot_json,
          `deployment ${row.app_id} v${row.version}`,
        ),
      }));
    },

    /** Rewrites a deployment's snapshot: only for what deployments record about themselves. */
    async replaceSnapshot(appId: string, version: number, snapshot: DeploymentSnapshot): Promise<void> {
      await db
        .updateTable("deployments")
        .set({ snapshot_json: encodeDocument("deploymentSnapshot", snapshot) })
        .where("app_id", "=", appId)
        .where("version", "=", version)
        .execute();
    },
  };
}
