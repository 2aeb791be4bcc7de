import type { DeploymentSnapshot, PageDoc } from "@tessera/model";
import { decodeDocument } from "../documents";
import type { RepositoryContext } from "../Store";

/** A page draft that may use a package, with its app. */
export interface PageDraftOfApp {
  pageId: string;
  pageName: string;
  appId: string;
  appName: string;
  doc: PageDoc;
}

/** An app's latest deployment, with the snapshot viewers run. */
export interface LatestDeployment {
  appId: string;
  appName: string;
  version: number;
  snapshot: DeploymentSnapshot;
}

/** Where packages are used: page drafts and deployments that pin them (reads across `pages`, `deployments`, `deployment_packages`). */
export type UsageRepository = ReturnType<typeof createUsageRepository>;

/** Where packages are used: page drafts and deployments that pin them (reads across `pages`, `deployments`, `deployment_packages`). */
export function createUsageRepository(ctx: RepositoryContext) {
  const { db } = ctx;
  return {
    /**
     * The page drafts, in the package's workspace, whose document mentions the package id.
     * The id is opaque and long, so a text match is a safe pre-filter before decoding
     * documents; the caller still looks for the instances.
     */
    async listPageDraftsMentioning(packageId: string): Promise<PageDraftOfApp[]> {
      const rows = await db
        .selectFrom("pages as p")
        .innerJoin("apps as a", "a.id", "p.app_id")
        .innerJoin("packages as k", (join) =>
          join.onRef("k.workspace_id", "=", "a.workspace_id").on("k.id", "=", packageId),
        )
        .select(["p.id", "p.name", "p.doc_json", "a.id as appId", "a.name as appName"])
        .where("p.doc_json", "like", `%${packageId}%`)
        .execute();
      return rows.map((row) => ({
        pageId: row.id,
        pageName: row.name,
        appId: row.appId,
        appName: row.appName,
        doc: decodeDocument("pageDoc", row.doc_json, `page ${row.id}`),
      }));
    },

    /** The latest deployment of each app that pinned a version of the package in it. */
    async listLatestDeploymentsPinning(packageId: string): Promise<LatestDeployment[]> {
      const rows = await db
        .selectFrom("deployments as d")
        .innerJoin("apps as a", (join) =>
          join.onRef("a.id", "=", "d.app_id").onRef("a.latest_deployment", "=", "d.version"),
        )
        .select(["d.app_id", "d.version", "d.snapshot_json", "a.name as appName"])
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom("deployment_packages as dp")
              .select("dp.package_id")
              .whereRef("dp.app_id", "=", "d.app_id")
              .whereRef("dp.deployment", "=", "d.version")
              .where("dp.package_id", "=", packageId),
          ),
        )
        .execute();
      return rows.map((row) => ({
        appId: row.app_id,
        appName: row.appName,
        version: Number(row.version),
        snapshot: decodeDocument(
          "deploymentSnapshot",
          row.snapshot_json,
          `deployment ${row.version} of app ${row.app_id}`,
        ),
      }));
    },

    /** The name of an app (the first by name) whose latest deployment pins the package, if any. */
    async findDeployedAppUsing(packageId: string): Promise<string | undefined> {
      const row = await db
        .selectFrom("deployment_packages as dp")
        .innerJoin("apps as a", (join) =>
          join.onRef("a.id", "=", "dp.app_id").onRef("a.latest_deployment", "=", "dp.deployment"),
        )
        .select("a.name")
        .where("dp.package_id", "=", packageId)
        .orderBy("a.name")
        .limit(1)
        .executeTakeFirst();
      return row?.name;
    },
  };
}
