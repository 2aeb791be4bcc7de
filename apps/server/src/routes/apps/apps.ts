import { appBodySchema, appSchema, displayNameSchema, pageSchema, slugSchema } from "@tessera/model";
import { z } from "zod";
import { roleAtLeast } from "../../access/roles";
import type { AppRow, PageRow } from "../../apps/appRows";
import { appCreator } from "../../commands/appCreator";
import { conflict } from "../../errors";
import { presentApp } from "../../presenters/presentApp";
import { presentPage } from "../../presenters/presentPage";
import type { ApiRegistry } from "../../registry/apiRegistry";
import { route } from "../../registry/route";
import { nonEmptyPatch } from "../nonEmptyPatch";
import { appParams, workspaceParams } from "../routeParams";

const appUpdateBody = nonEmptyPatch(
  z.object({
    name: displayNameSchema.optional(),
    slug: slugSchema.optional(),
    isPublic: z.boolean().optional(),
  }),
);
const appWithPages = z.object({ app: appSchema, pages: z.array(pageSchema) });

/** Apps of a workspace. */
export function appRoutes(api: ApiRegistry): void {
  const { db } = api.context;
  const load = (id: string) => db.prepare("SELECT * FROM apps WHERE id = ?").get(id) as AppRow;
  const pagesOf = (appId: string) =>
    (
      db
        .prepare("SELECT * FROM pages WHERE app_id = ? ORDER BY sort_order, created_at")
        .all(appId) as PageRow[]
    ).map(presentPage);

  route(api, {
    method: "get",
    path: "/api/v1/workspaces/:workspaceId/apps",
    summary: "The apps of a workspace (for viewers, only those with a deployment: the ones they can open)",
    auth: "member:viewer",
    params: workspaceParams,
    response: z.object({ apps: z.array(appSchema) }),
    handler: ({ params, membership }) => {
      // A viewer never sees drafts: an app not yet deployed has nothing they could open.
      const deployedOnly = !roleAtLeast(membership.role, "developer");
      const rows = db
        .prepare(
          `SELECT * FROM apps WHERE workspace_id = ? ${deployedOnly ? "AND latest_deployment IS NOT NULL" : ""}
           ORDER BY name COLLATE NOCASE, created_at`,
        )
        .all(params.workspaceId) as AppRow[];
      return { apps: rows.map(presentApp) };
    },
  });

  route(api, {
    method: "post",
    path: "/api/v1/workspaces/:workspaceId/apps",
    summary: "Create an app with a first home page",
    auth: "member:developer",
    params: workspaceParams,
    body: appBodySchema,
    status: 201,
    response: appWithPages,
    handler: ({ params, body }) => {
      const created = appCreator(db, { workspaceId: params.workspaceId, ...body });
      return { app: presentApp(created.app), pages: created.pages.map(presentPage) };
    },
  });

  route(api, {
    method: "get",
    path: "/api/v1/apps/:appId",
    summary: "An app with its draft pages (viewers open the deployed app through the viewer endpoint)",
    auth: "member:developer",
    params: appParams,
    response: appWithPages,
    handler: ({ params }) => ({ app: presentApp(load(params.appId)), pages: pagesOf(params.appId) }),
  });

  route(api, {
    method: "patch",
    path: "/api/v1/apps/:appId",
    summary: "Rename an app, change its URL slug or who may view it",
    auth: "member:developer",
    params: appParams,
    body: appUpdateBody,
    response: appWithPages,
    handler: ({ params, body }) =>
      db.transaction(() => {
        const app = load(params.appId);
        if (
          body.slug !== undefined &&
          db.prepare("SELECT 1 FROM apps WHERE slug = ? AND id <> ?").get(body.slug, app.id)
        ) {
          throw conflict("slug_taken", `The app URL /app/${body.slug} is taken`, { path: "body.slug" });
        }
        db.prepare("UPDATE apps SET name = ?, slug = ?, is_public = ?, updated_at = ? WHERE id = ?").run(
          body.name ?? app.name,
          body.slug ?? app.slug,
          body.isPublic === undefined ? app.is_public : body.isPublic ? 1 : 0,
          new Date().toISOString(),
          app.id,
        );
        return { app: presentApp(load(app.id)), pages: pagesOf(app.id) };
      })(),
  });

  route(api, {
    method: "delete",
    path: "/api/v1/apps/:appId",
    summary: "Delete an app with its pages and deployments",
    auth: "member:developer",
    params: appParams,
    status: 204,
    handler: ({ params }) => {
      // Pages, deployments and their package pins go with it (ON DELETE CASCADE).
      db.prepare("DELETE FROM apps WHERE id = ?").run(params.appId);
      return undefined;
    },
  });
}
