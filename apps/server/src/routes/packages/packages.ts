import {
  draftModuleSchema,
  type ModuleBody,
  moduleBodySchema,
  moduleInputSchema,
  moduleSaveBodySchema,
  packageBodySchema,
  packageInterfaceSchema,
  packageSchema,
  packageVersionSchema,
  publishBodySchema,
} from "@tessera/model";
import { z } from "zod";
import { moduleCreator } from "../../commands/moduleCreator";
import { moduleDeleter } from "../../commands/moduleDeleter";
import { moduleUpdater } from "../../commands/moduleUpdater";
import { packageCreator } from "../../commands/packageCreator";
import { packageDeleter } from "../../commands/packageDeleter";
import { packagePublisher } from "../../commands/packagePublisher";
import { assertDatasourceInWorkspace } from "../../datasources/assertDatasourceInWorkspace";
import { notFound } from "../../errors";
import { presentDraftModule } from "../../presenters/presentDraftModule";
import { presentPackage } from "../../presenters/presentPackage";
import { presentPackageVersion, presentPackageVersionSummary } from "../../presenters/presentPackageVersion";
import type { ApiRegistry } from "../../registry/apiRegistry";
import { route } from "../../registry/route";
import { packageInterfaceOf } from "../../usage/moduleInterfaceOf";
import { moduleParams, packageParams, packageVersionParams, workspaceParams } from "../routeParams";

const packageResponse = z.object({ package: packageSchema });
const moduleResponse = z.object({ module: draftModuleSchema });

/** Packages, their draft modules, publishing and published versions. */
export function packageRoutes(api: ApiRegistry): void {
  const { store } = api.context;
  const load = async (id: string) => {
    const pkg = await store.packages.findById(id);
    // The access check found it a moment ago; a delete in between reads as never there.
    if (!pkg) throw notFound("Package");
    return pkg;
  };
  const checkDatasource = async (workspaceId: string, module: ModuleBody, path: string) => {
    if (module.kind === "query") {
      await assertDatasourceInWorkspace(
        store,
        workspaceId,
        module.config.datasourceId,
        `${path}.config.datasourceId`,
      );
    }
  };

  route(api, {
    method: "get",
    path: "/api/v1/workspaces/:workspaceId/packages",
    summary: "The packages of a workspace",
    auth: "member:developer",
    params: workspaceParams,
    response: z.object({ packages: z.array(packageSchema) }),
    handler: async ({ params }) => ({
      packages: (await store.packages.listForWorkspace(params.workspaceId)).map(presentPackage),
    }),
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
    handler: async ({ params, body }) => ({
      package: presentPackage(await packageCreator(store, params.workspaceId, body.name)),
    }),
  });

  route(api, {
    method: "get",
    path: "/api/v1/packages/:packageId",
    summary: "A package with its draft modules",
    auth: "member:developer",
    params: packageParams,
    response: z.object({ package: packageSchema, modules: z.array(draftModuleSchema) }),
    handler: async ({ params }) => {
      const pkg = await load(params.packageId);
      const modules = await store.packages.listModules(params.packageId);
      return { package: presentPackage(pkg), modules: modules.map(presentDraftModule) };
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
    handler: async ({ params, body }) => {
      await store.packages.rename(params.packageId, body.name, new Date().toISOString());
      return { package: presentPackage(await load(params.packageId)) };
    },
  });

  route(api, {
    method: "delete",
    path: "/api/v1/packages/:packageId",
    summary: "Delete a package (409 naming the app when a deployed app uses it)",
    auth: "member:developer",
    params: packageParams,
    status: 204,
    handler: async ({ params }) => {
      await packageDeleter(store, params.packageId);
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
    handler: async ({ params, body, membership }) => {
      await checkDatasource(membership.workspaceId, body, "body");
      return { module: presentDraftModule(await moduleCreator(store, params.packageId, body)) };
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
    handler: async ({ params, body, membership }) => {
      await checkDatasource(membership.workspaceId, body.module, "body.module");
      return { module: presentDraftModule(await moduleUpdater(store, { ...params, ...body })) };
    },
  });

  route(api, {
    method: "delete",
    path: "/api/v1/packages/:packageId/modules/:moduleId",
    summary: "Delete a draft module",
    auth: "member:developer",
    params: moduleParams,
    status: 204,
    handler: async ({ params }) => {
      await moduleDeleter(store, params.packageId, params.moduleId);
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
    handler: async ({ params, user, body }) => {
      // 409 breaking_change unless confirmed: see routes/usage for what the editor shows first.
      const version = await packagePublisher(store, params.packageId, user.id, { confirm: body?.confirm });
      return { version: presentPackageVersion(version) };
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
    handler: async ({ params }) => {
      const versions = await store.packages.listVersions(params.packageId);
      return { versions: versions.reverse().map(presentPackageVersionSummary) };
    },
  });

  route(api, {
    method: "get",
    path: "/api/v1/packages/:packageId/versions/:version",
    summary: "One published version with all its modules",
    auth: "member:developer",
    params: packageVersionParams,
    response: z.object({ version: packageVersionSchema }),
    handler: async ({ params }) => {
      const version = await store.packages.findVersion(params.packageId, params.version);
      if (!version) throw notFound("Version");
      return { version: presentPackageVersion(version) };
    },
  });

  route(api, {
    method: "get",
    path: "/api/v1/packages/:packageId/versions/:version/interface",
    summary:
      "What a published version offers apps: each module's inputs with types, JS functions with their parameters, query members",
    auth: "member:developer",
    params: packageVersionParams,
    response: z.object({ interface: packageInterfaceSchema }),
    handler: async ({ params }) => {
      const version = await store.packages.findVersion(params.packageId, params.version);
      if (!version) throw notFound("Version");
      // A version is immutable, so its interface, read from its modules, is fixed with it.
      return { interface: packageInterfaceOf(version) };
    },
  });

  for (const kind of ["js", "query"] as const) {
    route(api, {
      method: "get",
      path: `/api/v1/workspaces/:workspaceId/${kind}-modules`,
      summary: `The ${kind === "js" ? "JS" : "query"} modules of each package's latest version: what an app can instantiate`,
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
      handler: async ({ params }) => {
        const latest = await store.packages.listLatestVersions(params.workspaceId);
        return {
          modules: latest.flatMap((version) =>
            version.modules.flatMap((m) =>
              m.kind === kind
                ? [
                    {
                      packageId: version.packageId,
                      packageName: version.packageName,
                      moduleName: m.name,
                      version: version.version,
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
}
