import type { ModuleBody } from "@tessera/model";
import type { Selectable } from "kysely";
import { rowsChanged } from "../dialect";
import { decodeDocument, encodeDocument } from "../documents";
import type { RepositoryContext } from "../Store";
import type { ModulesTable, PackagesTable, PackageVersionsTable } from "../schema";

/** A package as stored. */
export interface PackageRecord {
  id: string;
  workspaceId: string;
  name: string;
  latestVersion: number | null;
  /** Bumped by every draft module change; compared with the value saved at publish. */
  draftRevision: number;
  publishedDraftRevision: number;
  createdAt: string;
  updatedAt: string;
}

/** A draft module with its decoded body. */
export interface DraftModuleRecord {
  id: string;
  packageId: string;
  name: string;
  body: ModuleBody;
  revision: number;
  createdAt: string;
  updatedAt: string;
}

/** An immutable published version with its decoded modules. */
export interface PackageVersionRecord {
  packageId: string;
  version: number;
  publishedAt: string;
  publishedBy: string | null;
  modules: ModuleBody[];
}

/** Packages, their draft modules and published versions (`packages`, `modules`, `package_versions`). */
export type PackagesRepository = ReturnType<typeof createPackagesRepository>;

/** Packages, their draft modules and published versions (`packages`, `modules`, `package_versions`). */
export function createPackagesRepository(ctx: RepositoryContext) {
  const { db, dialect } = ctx;

  return {
    /** The workspace's packages, by name (case-insensitive), then age. */
    async listForWorkspace(workspaceId: string): Promise<PackageRecord[]> {
      const rows = await db
        .selectFrom("packages")
        .selectAll()
        .where("workspace_id", "=", workspaceId)
        .orderBy(dialect.caseInsensitive("name"))
        .orderBy("created_at")
        .execute();
      return rows.map(toPackage);
    },

    async findById(id: string): Promise<PackageRecord | undefined> {
      const row = await db.selectFrom("packages").selectAll().where("id", "=", id).executeTakeFirst();
      return row ? toPackage(row) : undefined;
    },

    /** Whether the workspace has a package of this name (names are unique only on import). */
    async nameTaken(workspaceId: string, name: string): Promise<boolean> {
      const row = await db
        .selectFrom("packages")
        .select("id")
        .where("workspace_id", "=", workspaceId)
        .where("name", "=", name)
        .executeTakeFirst();
      return row !== undefined;
    },

    async insert(pkg: PackageRecord): Promise<void> {
      await db
        .insertInto("packages")
        .values({
          id: pkg.id,
          workspace_id: pkg.workspaceId,
          name: pkg.name,
          latest_version: pkg.latestVersion,
          draft_revision: pkg.draftRevision,
          published_draft_revision: pkg.publishedDraftRevision,
          created_at: pkg.createdAt,
          updated_at: pkg.updatedAt,
        })
        .execute();
    },

    async rename(id: string, name: string, updatedAt: string): Promise<void> {
      await db.updateTable("packages").set({ name, updated_at: updatedAt }).where("id", "=", id).execute();
    },

    /** Deletes a package; its draft modules and versions go with it (ON DELETE CASCADE). */
    async delete(id: string): Promise<void> {
      await db.deleteFrom("packages").where("id", "=", id).execute();
    },

    /** Records a change of the draft modules: the package reads as having unpublished changes. */
    async markDraftChanged(id: string, updatedAt: string): Promise<void> {
      await db
        .updateTable("packages")
        .set((eb) => ({ draft_revision: eb("draft_revision", "+", 1), updated_at: updatedAt }))
        .where("id", "=", id)
        .execute();
    },

    /** Makes `version` the latest and the current draft the published one. */
    async markPublished(id: string, version: number, updatedAt: string): Promise<void> {
      await db
        .updateTable("packages")
        .set((eb) => ({
          latest_version: version,
          published_draft_revision: eb.ref("draft_revision"),
          updated_at: updatedAt,
        }))
        .where("id", "=", id)
        .execute();
    },

    /** The draft modules in the order the editor lists them: oldest first. */
    async listModules(packageId: string): Promise<DraftModuleRecord[]> {
      const rows = await db
        .selectFrom("modules")
        .selectAll()
        .where("package_id", "=", packageId)
        .orderBy("created_at")
        .orderBy("name")
        .execute();
      return rows.map(toModule);
    },

    async findModule(packageId: string, moduleId: string): Promise<DraftModuleRecord | undefined> {
      const row = await db
        .selectFrom("modules")
        .selectAll()
        .where("id", "=", moduleId)
        .where("package_id", "=", packageId)
        .executeTakeFirst();
      return row ? toModule(row) : undefined;
    },

    /** Whether another draft module of the package has this name. */
    async moduleNameTaken(packageId: string, name: string, exceptModuleId?: string): Promise<boolean> {
      let query = db
        .selectFrom("modules")
        .select("id")
        .where("package_id", "=", packageId)
        .where("name", "=", name);
      if (exceptModuleId) query = query.where("id", "<>", exceptModuleId);
      return (await query.executeTakeFirst()) !== undefined;
    },

    async insertModule(module: DraftModuleRecord): Promise<void> {
      await db
        .insertInto("modules")
        .values({
          id: module.id,
          package_id: module.packageId,
          name: module.name,
          body_json: encodeDocument("moduleBody", module.body),
          revision: module.revision,
          created_at: module.createdAt,
          updated_at: module.updatedAt,
        })
        .execute();
    },

    /**
     * Saves a draft module's body if its revision is still `revision`, bumping it by one.
     * False when another save came first (or the module is gone): nothing was written.
     */
    async saveModule(input: {
      packageId: string;
      moduleId: string;
      revision: number;
      body: ModuleBody;
      updatedAt: string;
    }): Promise<boolean> {
      const result = await db
        .updateTable("modules")
        .set({
          name: input.body.name,
          body_json: encodeDocument("moduleBody", input.body),
          revision: input.revision + 1,
          updated_at: input.updatedAt,
        })
        .where("id", "=", input.moduleId)
        .where("package_id", "=", input.packageId)
        .where("revision", "=", input.revision)
        .executeTakeFirst();
      return rowsChanged(result) === 1;
    },

    /** Deletes a draft module; false when the package has no such module. */
    async deleteModule(packageId: string, moduleId: string): Promise<boolean> {
      const result = await db
        .deleteFrom("modules")
        .where("id", "=", moduleId)
        .where("package_id", "=", packageId)
        .executeTakeFirst();
      return rowsChanged(result) === 1;
    },

    async insertVersion(version: PackageVersionRecord): Promise<void> {
      await db
        .insertInto("package_versions")
        .values({
          package_id: version.packageId,
          version: version.version,
          published_at: version.publishedAt,
          published_by: version.publishedBy,
          modules_json: encodeDocument("versionModules", version.modules),
        })
        .execute();
    },

    async findVersion(packageId: string, version: number): Promise<PackageVersionRecord | undefined> {
      const row = await db
        .selectFrom("package_versions")
        .selectAll()
        .where("package_id", "=", packageId)
        .where("version", "=", version)
        .executeTakeFirst();
      return row ? toVersion(row) : undefined;
    },

    /** Every published version with its modules, oldest first. */
    async listVersions(packageId: string): Promise<PackageVersionRecord[]> {
      const rows = await db
        .selectFrom("package_versions")
        .selectAll()
        .where("package_id", "=", packageId)
        .orderBy("version")
        .execute();
      return rows.map(toVersion);
    },

    /** The published version numbers, newest first. */
    async listVersionNumbers(packageId: string): Promise<number[]> {
      const rows = await db
        .selectFrom("package_versions")
        .select("version")
        .where("package_id", "=", packageId)
        .orderBy("version", "desc")
        .execute();
      return rows.map((row) => Number(row.version));
    },

    /** The latest version of each package of the workspace, by package name (case-insensitive). */
    async listLatestVersions(
      workspaceId: string,
    ): Promise<(PackageVersionRecord & { packageName: string })[]> {
      const rows = await db
        .selectFrom("packages as p")
        .innerJoin("package_versions as v", (join) =>
          join.onRef("v.package_id", "=", "p.id").onRef("v.version", "=", "p.latest_version"),
        )
        .select([
          "p.name as packageName",
          "v.package_id",
          "v.version",
          "v.published_at",
          "v.published_by",
          "v.modules_json",
        ])
        .where("p.workspace_id", "=", workspaceId)
        .orderBy(dialect.caseInsensitive("p.name"))
        .orderBy("p.created_at")
        .execute();
      return rows.map((row) => ({ ...toVersion(row), packageName: row.packageName }));
    },

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

function toPackage(row: Selectable<PackagesTable>): PackageRecord {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    latestVersion: row.latest_version === null ? null : Number(row.latest_version),
    draftRevision: Number(row.draft_revision),
    publishedDraftRevision: Number(row.published_draft_revision),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toModule(row: ModulesTable): DraftModuleRecord {
  return {
    id: row.id,
    packageId: row.package_id,
    name: row.name,
    body: decodeDocument("moduleBody", row.body_json, `module ${row.id}`),
    revision: Number(row.revision),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toVersion(row: PackageVersionsTable): PackageVersionRecord {
  return {
    packageId: row.package_id,
    version: Number(row.version),
    publishedAt: row.published_at,
    publishedBy: row.published_by,
    modules: decodeDocument(
      "versionModules",
      row.modules_json,
      `package ${row.package_id} version ${row.version}`,
    ),
  };
}
