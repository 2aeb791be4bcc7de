import { importResultSchema, slugify } from "@tessera/model";
import type { Response } from "express";
import { appExporter } from "../../commands/appExporter";
import { appImporter } from "../../commands/appImporter";
import { packageExporter } from "../../commands/packageExporter";
import { packageImporter } from "../../commands/packageImporter";
import { presentApp } from "../../presenters/presentApp";
import { presentPackage } from "../../presenters/presentPackage";
import { presentPage } from "../../presenters/presentPage";
import type { ApiRegistry } from "../../registry/apiRegistry";
import { route } from "../../registry/route";
import { stableJson } from "../../transfer/stableJson";
import { appFileSchema, packageFileSchema, transferFileSchema } from "../../transfer/transferFileSchema";
import { appParams, packageParams, workspaceParams } from "../routeParams";

/** Sends a file as a download, in the stable text form (sorted keys, 2-space indent). */
function sendFile(res: Response, fileName: string, content: unknown): void {
  res
    .status(200)
    .type("application/json")
    .setHeader("Content-Disposition", `attachment; filename="${fileName}"`)
    .send(stableJson(content));
}

/** Export of packages and apps to readable JSON files, and their import into a workspace. */
export function transferRoutes(api: ApiRegistry): void {
  const { store } = api.context;

  route(api, {
    method: "get",
    path: "/api/v1/packages/:packageId/export",
    summary: "A package as one JSON file: draft modules and published versions, datasources by name",
    auth: "member:developer",
    params: packageParams,
    response: packageFileSchema,
    handler: async ({ params, res }) => {
      // One transaction: the drafts and versions read together, whatever publishes go on.
      const file = await store.transaction((tx) => packageExporter(tx, params.packageId));
      sendFile(res, `${slugify(file.package.name)}.package.json`, file);
    },
  });

  route(api, {
    method: "get",
    path: "/api/v1/apps/:appId/export",
    summary: "An app as one JSON file: pages with their drafts, package and datasource references by name",
    auth: "member:developer",
    params: appParams,
    response: appFileSchema,
    handler: async ({ params, res }) => {
      const file = await appExporter(store, params.appId);
      sendFile(res, `${file.app.slug}.app.json`, file);
    },
  });

  route(api, {
    method: "post",
    path: "/api/v1/workspaces/:workspaceId/import",
    summary:
      "Import a package or app file; lists missing datasources, 409 missing_packages when an app's packages are missing",
    auth: "member:developer",
    params: workspaceParams,
    body: transferFileSchema,
    status: 201,
    response: importResultSchema,
    handler: async ({ params, body }) => {
      if (body.format === "tessera/package") {
        const imported = await packageImporter(store, params.workspaceId, body);
        return { kind: "package", package: presentPackage(imported.package), missing: imported.missing };
      }
      const imported = await appImporter(store, params.workspaceId, body);
      return {
        kind: "app",
        app: presentApp(imported.app),
        pages: imported.pages.map(presentPage),
        missing: imported.missing,
      };
    },
  });
}
