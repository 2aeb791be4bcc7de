import {
  draftModuleSchema,
  type ModuleBody,
  moduleBodySchema,
  moduleInputSchema,
  moduleSaveBodySchema,
  packageBodySchema,
  packageSchema,
  packageVersionSchema,
  publishBodySchema,
} from "@tessera/model";
import { z } from "zod";
import { assertNoBreakingChange } from "../../commands/breakingChangeFinder";
import { moduleCreator } from "../../commands/moduleCreator";
import { moduleDeleter } from "../../commands/moduleDeleter";
import { moduleUpdater } from "../../commands/moduleUpdater";
import { packageCreator } from "../../commands/packageCreator";
import { packageDeleter } from "../../commands/packageDeleter";
import { packagePublisher } from "../../commands/packagePublisher";
import { assertDatasourceInWorkspace } from "../../datasources/assertDatasourceInWorkspace";
import { notFound } from "../../errors";
import type { ModuleRow, PackageRow, PackageVersionRow } from "../../packages/packageRows";
import { presentDraftModule } from "../../presenters/presentDraftModule";
import { presentPackage } from "../../presenters/presentPackage";
import { presentPackageVersion, presentPackageVersionSummary } from "../../presenters/presentPackageVersion";
import type { ApiRegistry } from "../../registry/apiRegistry";
import { route } from "../../registry/route";
import { moduleParams, packageParams, packageVersionParams, workspaceParams } from "../routeParams";

const packageResponse = z.object({ package: packageSchema });
const moduleResponse = z.object({ module: draftModuleSchema });

/** Packages, their draft modules, publishing and published versions. */
export function packageRoutes(api: ApiRegistry): void {
  const { db } = api.context;
  const load = (id: string) => db.prepare("SELECT * FROM packages WHERE id = ?").get(id) as PackageRow;
  const checkDatasource = (workspaceId: string, module: ModuleBody, path: string) => {
    if (module.kind === "query") {
      assertDatasourceInWorkspace(db, workspaceId, module.config.datasourceId, `${path}.config.datasourceId`);
    }
  };

  route(api, {
    method: "get",
    path: "/api/v1/workspaces/:workspaceId/packages",
    summary: "The packages of a workspace",
    auth: "member:developer",
    params: workspaceParams,
    response: z.object({ packages: z.array(packageSchema) }),
    handler: ({ params }) => {
      const rows = db
        .prepare("SELECT * FROM packages WHERE workspace_id = ? ORDER BY name COLLATE NOCASE, created_at")
        .all(params.workspaceId) as PackageRow[];
      return { packages: rows.map(presentPackage) };
    },
  });

  route(api, {
    method: "post",
    path: "/api/v1/workspaces/:workspaceId/packages",
    summary: "Create a package",
    auth: "member:developer",
    params: workspaceParams,
    body: packageBodySchema,
    status: 201,
    response: packageResponse,
    handler: ({ params, body }) => ({
      package: presentPackage(packageCreator(db, params.workspaceId, body.name)),
    }),
  });

  route(api, {
    method: "get",
    path: "/api/v1/packages/:packageId",
    summary: "A package with its draft modules",
    auth: "member:developer",
    params: packageParams,
    response: z.object({ package: packageSchema, modules: z.array(draftModuleSchema) }),
    handler: ({ params }) => {
      const modules = db
        .prepare("SELECT * FROM modules WHERE package_id = ? ORDER BY created_at, name")
        .all(params.packageId) as ModuleRow[];
      return { package: presentPackage(load(params.packageId)), modules: modules.map(presentDraftModule) };
    },
  });

  route(api, {
    method: "patch",
    path: "/api/v1/packages/:packageId",
    summary: "Rename a package",
    auth: "member:developer",
    params: packageParams,
    body: packageBodySchema,
    response: packageResponse,
    handler: ({ params, body }) => {
      db.prepare("UPDATE packages SET name = ?, updated_at = ? WHERE id = ?").run(
        body.name,
        new Date().toISOString(),
        params.packageId,
      );
      return { package: presentPackage(load(params.packageId)) };
    },
  });

  route(api, {
    method: "delete",
    path: "/api/v1/packages/:packageId",
    summary: "Delete a package (409 naming the app when a deployed app uses it)",
    auth: "member:developer",
    params: packageParams,
    status: 204,
    handler: ({ params }) => {
      packageDeleter(db, params.packageId);
      return undefined;
    },
  });

  route(api, {
    method: "post",
    path: "/api/v1/packages/:packageId/modules",
    summary: "Add a draft module (names are unique per package)",
    auth: "member:developer",
    params: packageParams,
    body: moduleBodySchema,
    status: 201,
    response: moduleResponse,
    handler: ({ params, body, membership }) => {
      checkDatasource(membership.workspaceId, body, "body");
      return { module: presentDraftModule(moduleCreator(db, params.packageId, body)) };
    },
  });

  route(api, {
    method: "put",
    path: "/api/v1/packages/:packageId/modules/:moduleId",
    summary: "Save a draft module; 409 stale_revision when the revision is not the current one",
    auth: "member:developer",
    params: moduleParams,
    body: moduleSaveBodySchema,
    response: moduleResponse,
    handler: ({ params, body, membership }) => {
      checkDatasource(membership.workspaceId, body.module, "body.module");
      return { module: presentDraftModule(moduleUpdater(db, { ...params, ...body })) };
    },
  });

  route(api, {
    method: "delete",
    path: "/api/v1/packages/:packageId/modules/:moduleId",
    summary: "Delete a draft module",
    auth: "member:developer",
    params: moduleParams,
    status: 204,
    handler: ({ params }) => {
      moduleDeleter(db, params.packageId, params.moduleId);
      return undefined;
    },
  });

  route(api, {
    method: "post",
    path: "/api/v1/packages/:packageId/publish",
    summary: "Publish the draft modules as the next immutable version",
    auth: "member:developer",
    params: packageParams,
    body: publishBodySchema.optional(),
    status: 201,
    response: z.object({ version: packageVersionSchema }),
    handler: ({ params, user, body }) => {
      // 409 breaking_change unless confirmed: see routes/usage for what the editor shows first.
      if (!body?.confirm) assertNoBreakingChange(db, params.packageId);
      return { version: presentPackageVersion(packagePublisher(db, params.packageId, user.id)) };
    },
  });

  route(api, {
    method: "get",
    path: "/api/v1/packages/:packageId/versions",
    summary: "The published versions of a package, newest first",
    auth: "member:developer",
    params: packageParams,
    response: z.object({
      versions: z.array(z.object({ version: z.number(), publishedAt: z.string(), moduleCount: z.number() })),
    }),
    handler: ({ params }) => {
      const rows = db
        .prepare("SELECT * FROM package_versions WHERE package_id = ? ORDER BY version DESC")
        .all(params.packageId) as PackageVersionRow[];
      return { versions: rows.map(presentPackageVersionSummary) };
    },
  });

  route(api, {
    method: "get",
    path: "/api/v1/packages/:packageId/versions/:version",
    summary: "One published version with all its modules",
    auth: "member:developer",
    params: packageVersionParams,
    response: z.object({ version: packageVersionSchema }),
    handler: ({ params }) => {
      const row = db
        .prepare("SELECT * FROM package_versions WHERE package_id = ? AND version = ?")
        .get(params.packageId, params.version) as PackageVersionRow | undefined;
      if (!row) throw notFound("Version");
      return { version: presentPackageVersion(row) };
    },
  });

  route(api, {
    method: "get",
    path: "/api/v1/workspaces/:workspaceId/js-modules",
    summary: "The JS modules of each package's latest version: what an app can instantiate",
    auth: "member:developer",
    params: workspaceParams,
    response: z.object({
      modules: z.array(
        z.object({
          packageId: z.string(),
          packageName: z.string(),
          moduleName: z.string(),
          version: z.number(),
          inputs: z.array(moduleInputSchema),
        }),
      ),
    }),
    handler: ({ params }) => {
      const rows = db
        .prepare(
          `SELECT p.name AS packageName, v.* FROM packages p
           JOIN package_versions v ON v.package_id = p.id AND v.version = p.latest_version
           WHERE p.workspace_id = ? ORDER BY p.name COLLATE NOCASE`,
        )
        .all(params.workspaceId) as (PackageVersionRow & { packageName: string })[];
      return {
        modules: rows.flatMap((row) =>
          presentPackageVersion(row).modules.flatMap((m) =>
            m.kind === "js"
              ? [
                  {
                    packageId: row.package_id,
                    packageName: row.packageName,
                    moduleName: m.name,
                    version: row.version,
                    inputs: m.inputs,
                  },
                ]
              : [],
          ),
        ),
      };
    },
  });
}
