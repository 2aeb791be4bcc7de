import type { DeploymentSnapshot } from "@tessera/model";
import { decodeDocument, encodeDocument } from "../documents";
import type { RepositoryContext } from "../Store";
import { type AppRecord, toAppRecord } from "./apps";

/** A package version a deployment pinned (`deployment_packages`). */
export interface DeploymentPin {
  packageId: string;
  version: number;
}

/** A deployment as listed: when, by whom, and the package versions it pinned. */
export interface DeploymentRecord {
  appId: string;
  version: number;
  deployedAt: string;
  deployedBy: string | null;
  packages: DeploymentPin[];
}

/** An app with its latest deployment's snapshot, decoded: what the viewer serves. */
export interface LatestDeployment {
  app: AppRecord;
  version: number;
  deployedAt: string;
  snapshot: DeploymentSnapshot;
}

/** Deployments of apps: immutable snapshots and the package versions they pin (`deployments`, `deployment_packages`). */
export type DeploymentsRepository = ReturnType<typeof createDeploymentsRepository>;

/** Deployments of apps: immutable snapshots and the package versions they pin (`deployments`, `deployment_packages`). */
export function createDeploymentsRepository(ctx: RepositoryContext) {
  const { db } = ctx;

  const pinsOf = async (appId: string, versions: number[]): Promise<Map<number, DeploymentPin[]>> => {
    const pins = new Map<number, DeploymentPin[]>(versions.map((version) => [version, []]));
    if (versions.length === 0) return pins;
    const rows = await db
      .selectFrom("deployment_packages")
      .select(["deployment", "package_id", "package_version"])
      .where("app_id", "=", appId)
      .where("deployment", "in", versions)
      .orderBy("package_id")
      .orderBy("package_version")
      .execute();
    for (const row of rows) {
      pins
        .get(Number(row.deployment))
        ?.push({ packageId: row.package_id, version: Number(row.package_version) });
    }
    return pins;
  };

  return {
    /**
     * The latest deployment of an app, by id or by slug, with its app, in one query; undefined
     * when the app is unknown or was never deployed. Access checks are the caller's job.
     */
    async findLatest(by: { appId: string } | { slug: string }): Promise<LatestDeployment | undefined> {
      const row = await db
        .selectFrom("apps as a")
        .innerJoin("deployments as d", (join) =>
          join.onRef("d.app_id", "=", "a.id").onRef("d.version", "=", "a.latest_deployment"),
        )
        .selectAll("a")
        .select(["d.deployed_at", "d.snapshot_json"])
        .where("appId" in by ? "a.id" : "a.slug", "=", "appId" in by ? by.appId : by.slug)
        .executeTakeFirst();
      if (!row) return undefined;
      const app = toAppRecord(row);
      return {
        app,
        version: app.latestDeployment ?? 0,
        deployedAt: row.deployed_at,
        snapshot: decodeDocument(
          "deploymentSnapshot",
          row.snapshot_json,
          `deployment ${app.id}@${app.latestDeployment}`,
        ),
      };
    },

    /** An app's deployments, newest first, each with its pinned package versions. */
    async listForApp(appId: string): Promise<DeploymentRecord[]> {
      const rows = await db
        .selectFrom("deployments")
        .select(["version", "deployed_at", "deployed_by"])
        .where("app_id", "=", appId)
        .orderBy("version", "desc")
        .execute();
      const pins = await pinsOf(
        appId,
        rows.map((row) => Number(row.version)),
      );
      return rows.map((row) => ({
        appId,
        version: Number(row.version),
        deployedAt: row.deployed_at,
        deployedBy: row.deployed_by,
        packages: pins.get(Number(row.version)) ?? [],
      }));
    },

    /** Stores a deployment with its snapshot and a pin for each package version the snapshot copies. */
    async insert(
      deployment: Omit<DeploymentRecord, "packages"> & { snapshot: DeploymentSnapshot },
    ): Promise<void> {
      await db
        .insertInto("deployments")
        .values({
          app_id: deployment.appId,
          version: deployment.version,
          deployed_at: deployment.deployedAt,
          deployed_by: deployment.deployedBy,
          snapshot_json: encodeDocument("deploymentSnapshot", deployment.snapshot),
        })
        .execute();
      if (deployment.snapshot.packages.length === 0) return;
      await db
        .insertInto("deployment_packages")
        .values(
          deployment.snapshot.packages.map((pinned) => ({
            app_id: deployment.appId,
            deployment: deployment.version,
            package_id: pinned.packageId,
            package_version: pinned.version,
          })),
        )
        .execute();
    },
  };
}
