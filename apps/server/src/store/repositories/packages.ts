import type { ModuleBody } from "@tessera/model";
import { compiledOnce } from "../compiledOnce";
import { decodeDocument, StoredDocumentError } from "../documents";
import type { RepositoryContext } from "../Store";

/** Packages, their draft modules and published versions (`packages`, `modules`, `package_versions`). */
export type PackagesRepository = ReturnType<typeof createPackagesRepository>;

/** Packages, their draft modules and published versions (`packages`, `modules`, `package_versions`). */
export function createPackagesRepository(ctx: RepositoryContext) {
  const { db } = ctx;
  const findOwnerRow = compiledOnce(db, (id: string) =>
    db.selectFrom("packages").select("workspace_id").where("id", "=", id),
  );
  const findDraftModuleRow = compiledOnce(db, (packageId: string, name: string) =>
    db
      .selectFrom("modules")
      .select(["id", "body_json"])
      .where("package_id", "=", packageId)
      .where("name", "=", name),
  );
  return {
    // Used by the run path.
    /** The workspace owning the package, or undefined when there is no such package. */
    async findWorkspaceIdForRun(id: string): Promise<string | undefined> {
      const [row] = await findOwnerRow(id);
      return row?.workspace_id;
    },

    /** The modules of one published version of the package, or undefined. */
    async findVersionModulesForRun(packageId: string, version: number): Promise<ModuleBody[] | undefined> {
      // No compiled lookup: a version never changes, and the run path keeps the ones it read.
      const row = await db
        .selectFrom("package_versions")
        .select("modules_json")
        .where("package_id", "=", packageId)
        .where("version", "=", version)
        .executeTakeFirst();
      return row
        ? decodeDocument("versionModules", row.modules_json, `package ${packageId} v${version}`)
        : undefined;
    },

    /**
     * The draft module of the package with this name, or undefined. A draft body that does
     * not decode reads as no module: a run of it answers 404, as before drafts were checked.
     */
    async findDraftModuleForRun(packageId: string, name: string): Promise<ModuleBody | undefined> {
      const [row] = await findDraftModuleRow(packageId, name);
      if (!row) return undefined;
      try {
        return decodeDocument("moduleBody", row.body_json, `module ${row.id}`);
      } catch (error) {
        if (error instanceof StoredDocumentError) return undefined;
        throw error;
      }
    },
  };
}
