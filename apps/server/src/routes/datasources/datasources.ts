import { datasourceBodySchema, datasourceSchema, datasourceUpdateResultSchema } from "@tessera/model";
import { z } from "zod";
import { datasourceCreator } from "../../commands/datasourceCreator";
import { sealDatasourceConfig } from "../../datasources/sealDatasourceConfig";
import { notFound } from "../../errors";
import { releaseDatasource } from "../../execution/kinds/registry";
import { presentDatasource } from "../../presenters/presentDatasource";
import type { ApiRegistry } from "../../registry/apiRegistry";
import { route } from "../../registry/route";
import type { DatasourceChanges, DatasourceRecord } from "../../store/repositories/datasources";
import type { Repositories } from "../../store/Store";
import { datasourceParams, workspaceParams } from "../routeParams";

const datasourceResponse = z.object({ datasource: datasourceSchema });

/** Datasources of a workspace, of every kind; secrets (header values, passwords) are write-only. */
export function datasourceRoutes(api: ApiRegistry): void {
  const { store, box, kinds } = api.context;
  // The access check found the datasource; it reads as 404 if it was deleted since.
  const load = async (repos: Repositories, id: string) => {
    const datasource = await repos.datasources.findById(id);
    if (!datasource) throw notFound("Datasource");
    return datasource;
  };

  route(api, {
    method: "get",
    path: "/api/v1/workspaces/:workspaceId/datasources",
    summary: "The datasources of a workspace",
    auth: "member:developer",
    params: workspaceParams,
    response: z.object({ datasources: z.array(datasourceSchema) }),
    handler: async ({ params }) => {
      const datasources = await store.datasources.listForWorkspace(params.workspaceId);
      return { datasources: datasources.map((datasource) => presentDatasource(datasource, box)) };
    },
  });

  route(api, {
    method: "post",
    path: "/api/v1/workspaces/:workspaceId/datasources",
    summary: "Create a datasource of any kind (a body without kind is REST)",
    auth: "member:developer",
    params: workspaceParams,
    body: datasourceBodySchema,
    status: 201,
    response: datasourceResponse,
    handler: async ({ params, body }) => ({
      datasource: presentDatasource(await datasourceCreator(store, box, params.workspaceId, body), box),
    }),
  });

  route(api, {
    method: "get",
    path: "/api/v1/datasources/:datasourceId",
    summary: "A datasource (secret header values are never returned)",
    auth: "member:developer",
    params: datasourceParams,
    response: datasourceResponse,
    handler: async ({ params }) => ({
      datasource: presentDatasource(await load(store, params.datasourceId), box),
    }),
  });

  route(api, {
    method: "put",
    path: "/api/v1/datasources/:datasourceId",
    summary:
      "Replace a datasource; a secret sent without value keeps its stored value while the origin stays",
    auth: "member:developer",
    params: datasourceParams,
    body: datasourceBodySchema,
    response: datasourceUpdateResultSchema,
    handler: async ({ params, body }) => {
      const { datasource, clearedSecrets } = await store.transaction(async (tx) => {
        // Which secrets are kept depends on the stored origin: no edit may slip in between.
        await tx.locks.lockRow("datasources", params.datasourceId);
        const previous = await load(tx, params.datasourceId);
        const sealed = sealDatasourceConfig(box, params.datasourceId, body, previous);
        const changes: DatasourceChanges = {
          name: body.name,
          updatedAt: new Date().toISOString(),
          ...sealed.config,
        };
        await tx.datasources.update(params.datasourceId, changes);
        const datasource: DatasourceRecord = {
          id: previous.id,
          workspaceId: previous.workspaceId,
          createdAt: previous.createdAt,
          ...changes,
        };
        return { datasource, clearedSecrets: sealed.clearedSecrets };
      });
      // The kind's pool for the old config goes; the next run opens one for the new.
      await releaseDatasource(kinds, params.datasourceId);
      return { datasource: presentDatasource(datasource, box), clearedSecrets };
    },
  });

  route(api, {
    method: "delete",
    path: "/api/v1/datasources/:datasourceId",
    summary: "Delete a datasource",
    auth: "member:developer",
    params: datasourceParams,
    status: 204,
    handler: async ({ params }) => {
      await store.datasources.delete(params.datasourceId);
      await releaseDatasource(kinds, params.datasourceId);
      return undefined;
    },
  });
}
