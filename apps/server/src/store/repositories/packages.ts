import type { ModuleBody } from "@tessera/model";
import { decodeDocument } from "../documents";
import type { RepositoryContext } from "../Store";

/** Packages, their draft modules and published versions (`packages`, `modules`, `package_versions`). */
export type PackagesRepository = ReturnType<typeof createPackagesRepository>;

/** Packages, their draft modules and published versions (`packages`, `modules`, `package_versions`). */
export function createPackagesRepository(ctx: RepositoryContext) {
  const { db } = ctx;
  return {
    // Used by apps and deployments.
    /** A published version of a package of the workspace with its modules, or undefined. */
    async findVersionInWorkspace(
      packageId: string,
      version: number,
      workspaceId: string,
    ): Promise<{ packageId: string; version: number; modules: ModuleBody[] } | undefined> {
      const row = await db
        .selectFrom("package_versions as v")
        .innerJoin("packages as p", "p.id", "v.package_id")
        .select(["v.package_id", "v.version", "v.modules_json"])
        .where("v.package_id", "=", packageId)
        .where("v.version", "=", version)
        .where("p.workspace_id", "=", workspaceId)
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        packageId: row.package_id,
        version: Number(row.version),
        modules: decodeDocument("versionModules", row.modules_json, `package ${packageId} v${version}`),
      };
    },

    /** The ids and names of a workspace's packages. */
    listNames(workspaceId: string): Promise<{ id: string; name: string }[]> {
      return db
        .selectFrom("packages")
        .select(["id", "name"])
        .where("workspace_id", "=", workspaceId)
        .execute();
    },

    /** The oldest package of the workspace with this name that has published `version`, or undefined. */
    async findIdByNameWithVersion(
      workspaceId: string,
      name: string,
      version: number,
    ): Promise<string | undefined> {
      const row = await db
        .selectFrom("packages as p")
        .innerJoin("package_versions as v", (join) =>
          join.onRef("v.package_id", "=", "p.id").on("v.version", "=", version),
        )
        .select("p.id")
        .where("p.workspace_id", "=", workspaceId)
        .where("p.name", "=", name)
        .orderBy("p.created_at")
        .limit(1)
        .executeTakeFirst();
      return row?.id;
    },
  };
}
