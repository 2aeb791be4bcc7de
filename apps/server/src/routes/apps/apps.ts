import {
  appBodySchema,
  appSchema,
  appSettingsSchema,
  displayNameSchema,
  pageSchema,
  slugSchema,
} from "@tessera/model";
import { z } from "zod";
import { roleAtLeast } from "../../access/roles";
import { slugTaken } from "../../apps/slugTaken";
import { appCreator } from "../../commands/appCreator";
import { notFound } from "../../errors";
import { presentApp } from "../../presenters/presentApp";
import { presentPage } from "../../presenters/presentPage";
import type { ApiRegistry } from "../../registry/apiRegistry";
import { route } from "../../registry/route";
import { SlugTakenError } from "../../store/repositories/apps";
import type { Repositories } from "../../store/Store";
import { nonEmptyPatch } from "../nonEmptyPatch";
import { appParams, workspaceParams } from "../routeParams";

const appUpdateBody = nonEmptyPatch(
  z.object({
    name: displayNameSchema.optional(),
    slug: slugSchema.optional(),
    isPublic: z.boolean().optional(),
    settings: appSettingsSchema.optional(),
  }),
);
const appWithPages = z.object({ app: appSchema, pages: z.array(pageSchema) });

/** Apps of a workspace. */
export function appRoutes(api: ApiRegistry): void {
  const { store } = api.context;
  const appWithItsPages = async (repos: Repositories, appId: string) => {
    const app = await repos.apps.findById(appId);
    // The access check found it; a delete can still come in between.
    if (!app) throw notFound("App");
    return { app: presentApp(app), pages: (await repos.pages.listForApp(appId)).map(presentPage) };
  };

  route(api, {
    method: "get",
    path: "/api/v1/workspaces/:workspaceId/apps",
    summary: "The apps of a workspace (for viewers, only those with a deployment: the ones they can open)",
    auth: "member:viewer",
    params: workspaceParams,
    response: z.object({ apps: z.array(appSchema) }),
    handler: async ({ params, membership }) => {
      // A viewer never sees drafts: an app not yet deployed has nothing they could open.
      const deployedOnly = !roleAtLeast(membership.role, "developer");
      const apps = await store.apps.listForWorkspace(params.workspaceId, { deployedOnly });
      return { apps: apps.map(presentApp) };
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
    handler: async ({ params, body }) => {
      const created = await appCreator(store, { workspaceId: params.workspaceId, ...body });
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
    handler: ({ params }) => appWithItsPages(store, params.appId),
  });

  route(api, {
    method: "patch",
    path: "/api/v1/apps/:appId",
    summary: "Rename an app, change its URL slug, who may view it or its title and navigation",
    auth: "member:developer",
    params: appParams,
    body: appUpdateBody,
    response: appWithPages,
    handler: async ({ params, body }) => {
      try {
        return await store.transaction(async (tx) => {
          await tx.locks.lockRow("apps", params.appId);
          const app = await tx.apps.findById(params.appId);
          if (!app) throw notFound("App");
          if (body.slug !== undefined && (await tx.apps.isSlugTaken(body.slug, app.id)))
            throw slugTaken(body.slug);
          await tx.apps.update(app.id, {
            name: body.name ?? app.name,
            slug: body.slug ?? app.slug,
            isPublic: body.isPublic ?? app.isPublic,
            settings: body.settings ?? app.settings,
            updatedAt: new Date().toISOString(),
          });
          return appWithItsPages(tx, app.id);
        });
      } catch (error) {
        // Another app took the slug between the check and the write (PostgreSQL only).
        if (error instanceof SlugTakenError) throw slugTaken(error.slug);
        throw error;
      }
    },
  });

  route(api, {
    method: "delete",
    path: "/api/v1/apps/:appId",
    summary: "Delete an app with its pages and deployments",
    auth: "member:developer",
    params: appParams,
    status: 204,
    handler: async ({ params }) => {
      await store.apps.delete(params.appId);
      return undefined;
    },
  });
}
