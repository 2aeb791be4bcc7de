import {
  pageBodySchema,
  pageDocSaveBodySchema,
  pageDraftSchema,
  pageSchema,
  pageUpdateBodySchema,
} from "@tessera/model";
import { z } from "zod";
import { pageCreator } from "../../commands/pageCreator";
import { pageDeleter } from "../../commands/pageDeleter";
import { pageDocSaver } from "../../commands/pageDocSaver";
import { pageUpdater } from "../../commands/pageUpdater";
import { notFound } from "../../errors";
import { presentPage } from "../../presenters/presentPage";
import { presentPageDraft } from "../../presenters/presentPageDraft";
import type { ApiRegistry } from "../../registry/apiRegistry";
import { route } from "../../registry/route";
import { nonEmptyPatch } from "../nonEmptyPatch";
import { appParams, pageParams } from "../routeParams";

const pageResponse = z.object({ page: pageSchema });

/** Pages of an app and their draft documents. */
export function pageRoutes(api: ApiRegistry): void {
  const { store } = api.context;

  route(api, {
    method: "post",
    path: "/api/v1/apps/:appId/pages",
    summary: "Add a page (names and slugs are unique per app)",
    auth: "member:developer",
    params: appParams,
    body: pageBodySchema,
    status: 201,
    response: pageResponse,
    handler: async ({ params, body }) => ({
      page: presentPage(await pageCreator(store, { appId: params.appId, ...body })),
    }),
  });

  route(api, {
    method: "patch",
    path: "/api/v1/apps/:appId/pages/:pageId",
    summary: "Rename, re-slug, reorder a page or make it the home page",
    auth: "member:developer",
    params: pageParams,
    body: nonEmptyPatch(pageUpdateBodySchema),
    response: pageResponse,
    handler: async ({ params, body }) => ({
      page: presentPage(await pageUpdater(store, params.appId, params.pageId, body)),
    }),
  });

  route(api, {
    method: "delete",
    path: "/api/v1/apps/:appId/pages/:pageId",
    summary: "Delete a page (not the last one)",
    auth: "member:developer",
    params: pageParams,
    status: 204,
    handler: async ({ params }) => {
      await pageDeleter(store, params.appId, params.pageId);
      return undefined;
    },
  });

  route(api, {
    method: "get",
    path: "/api/v1/apps/:appId/pages/:pageId/doc",
    summary: "A page's draft document with its revision",
    auth: "member:developer",
    params: pageParams,
    response: pageDraftSchema,
    handler: async ({ params }) => {
      const page = await store.pages.findDraft(params.appId, params.pageId);
      if (!page) throw notFound("Page");
      return presentPageDraft(page);
    },
  });

  route(api, {
    method: "put",
    path: "/api/v1/apps/:appId/pages/:pageId/doc",
    summary: "Save a page's draft document; 409 stale_revision when the revision is not current",
    auth: "member:developer",
    params: pageParams,
    body: pageDocSaveBodySchema,
    response: pageDraftSchema,
    handler: async ({ params, body, membership }) =>
      presentPageDraft(
        await pageDocSaver(store, { workspaceId: membership.workspaceId, ...params, ...body }),
      ),
  });
}
