import { datasourceBodySchema, datasourceSchema } from "@tessera/model";
import { z } from "zod";
import { datasourceCreator } from "../../commands/datasourceCreator";
import { sealDatasourceHeaders } from "../../datasources/sealDatasourceHeaders";
import type { DatasourceRow, StoredHeader } from "../../datasources/storedHeader";
import { presentDatasource } from "../../presenters/presentDatasource";
import type { ApiRegistry } from "../../registry/apiRegistry";
import { route } from "../../registry/route";
import { datasourceParams, workspaceParams } from "../routeParams";

const datasourceResponse = z.object({ datasource: datasourceSchema });

/** REST datasources of a workspace; secret header values are write-only. */
export function datasourceRoutes(api: ApiRegistry): void {
  const { db, box } = api.context;
  const load = (id: string) => db.prepare("SELECT * FROM datasources WHERE id = ?").get(id) as DatasourceRow;

  route(api, {
    method: "get",
    path: "/api/v1/workspaces/:workspaceId/datasources",
    summary: "The datasources of a workspace",
    auth: "member:developer",
    params: workspaceParams,
    response: z.object({ datasources: z.array(datasourceSchema) }),
    handler: ({ params }) => {
      const rows = db
        .prepare("SELECT * FROM datasources WHERE workspace_id = ? ORDER BY name COLLATE NOCASE")
        .all(params.workspaceId) as DatasourceRow[];
      return { datasources: rows.map(presentDatasource) };
    },
  });

  route(api, {
    method: "post",
    path: "/api/v1/workspaces/:workspaceId/datasources",
    summary: "Create a REST datasource",
    auth: "member:developer",
    params: workspaceParams,
    body: datasourceBodySchema,
    status: 201,
    response: datasourceResponse,
    handler: ({ params, body }) => ({
      datasource: presentDatasource(datasourceCreator(db, box, params.workspaceId, body)),
    }),
  });

  route(api, {
    method: "get",
    path: "/api/v1/datasources/:datasourceId",
    summary: "A datasource (secret header values are never returned)",
    auth: "member:developer",
    params: datasourceParams,
    response: datasourceResponse,
    handler: ({ params }) => ({ datasource: presentDatasource(load(params.datasourceId)) }),
  });

  route(api, {
    method: "put",
    path: "/api/v1/datasources/:datasourceId",
    summary: "Replace a datasource; a secret header without value keeps its stored value",
    auth: "member:developer",
    params: datasourceParams,
    body: datasourceBodySchema,
    response: datasourceResponse,
    handler: ({ params, body }) =>
      db.transaction(() => {
        const previous = JSON.parse(load(params.datasourceId).headers_json) as StoredHeader[];
        db.prepare(
          "UPDATE datasources SET name = ?, base_url = ?, headers_json = ?, timeout_ms = ?, updated_at = ? WHERE id = ?",
        ).run(
          body.name,
          body.baseUrl,
          JSON.stringify(sealDatasourceHeaders(box, body.headers, previous)),
          body.timeoutMs,
          new Date().toISOString(),
          params.datasourceId,
        );
        return { datasource: presentDatasource(load(params.datasourceId)) };
      })(),
  });

  route(api, {
    method: "delete",
    path: "/api/v1/datasources/:datasourceId",
    summary: "Delete a datasource",
    auth: "member:developer",
    params: datasourceParams,
    status: 204,
    handler: ({ params }) => {
      db.prepare("DELETE FROM datasources WHERE id = ?").run(params.datasourceId);
      return undefined;
    },
  });
}
