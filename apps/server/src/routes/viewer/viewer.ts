import { viewerAppSchema } from "@tessera/model";
import { z } from "zod";
import { findMemberRole } from "../../access/findMemberRole";
import { notFound, unauthenticated } from "../../errors";
import type { ApiRegistry } from "../../registry/apiRegistry";
import { route } from "../../registry/route";
import { loadViewerApp } from "./loadViewerApp";

// Not slugSchema: a malformed slug is simply an unknown app (404), not a client error.
const viewerParams = z.object({ appSlug: z.string().min(1).max(200) });

/** The deployed app, as viewers receive it. */
export function viewerRoutes(api: ApiRegistry): void {
  const { store } = api.context;

  route(api, {
    method: "get",
    path: "/api/v1/viewer/apps/:appSlug",
    summary: "The latest deployment of an app for viewing (public apps to anyone, others to members)",
    auth: "public",
    params: viewerParams,
    response: viewerAppSchema,
    handler: async ({ params, user }) => {
      const found = await loadViewerApp(store, params.appSlug);
      if (!found) throw notFound("App");
      if (!found.app.isPublic) {
        if (!user) throw unauthenticated("Sign in to view this app");
        if (!(await findMemberRole(store, user.id, found.app.workspaceId))) throw notFound("App");
      }
      return found.viewerApp;
    },
  });
}
