import { COMPILED_CODE_VERSION, slugSchema, viewerAppSchema } from "@tessera/model";
import { z } from "zod";
import { findMemberRole } from "../../access/findMemberRole";
import { notFound, unauthenticated } from "../../errors";
import { currentCompiledCode, presentViewerApp } from "../../presenters/presentViewerApp";
import type { ApiRegistry } from "../../registry/apiRegistry";
import { route } from "../../registry/route";

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
      // No app has a malformed slug, and PostgreSQL would refuse some (NUL) outright.
      const deployment = slugSchema.safeParse(params.appSlug).success
        ? await store.deployments.findLatest({ slug: params.appSlug })
        : undefined;
      if (!deployment) throw notFound("App");
      if (!deployment.app.isPublic) {
        if (!user) throw unauthenticated("Sign in to view this app");
        if (!(await findMemberRole(store, user.id, deployment.app.workspaceId))) throw notFound("App");
      }
      const viewerApp = presentViewerApp(deployment);
      if (!currentCompiledCode(deployment.snapshot)) {
        // A deployment from before compiled code (or from another compiler version) keeps what
        // its first view compiled, so later views only read it.
        const compiledCode = {
          version: COMPILED_CODE_VERSION,
          pages: Object.fromEntries(viewerApp.pages.map((page) => [page.id, page.compiled!])),
        };
        await store.deployments.replaceSnapshot(deployment.app.id, deployment.version, {
          ...deployment.snapshot,
          compiledCode,
        });
      }
      return viewerApp;
    },
  });
}
