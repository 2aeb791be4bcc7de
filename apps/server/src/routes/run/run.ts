import { runBodySchema, runResultSchema } from "@tessera/model";
import { z } from "zod";
import { assertDatasourceUnmoved } from "../../deployments/assertDatasourceUnmoved";
import { ApiError, badRequest, notFound } from "../../errors";
import { createAddressPolicy } from "../../execution/addressPolicy";
import { createOutboundClient } from "../../execution/createOutboundClient";
import { executeQuery } from "../../execution/executeQuery";
import { withInputDefaults } from "../../execution/substituteQuery";
import { createRunRateLimit } from "../../limits/createRunRateLimit";
import type { ApiRegistry } from "../../registry/apiRegistry";
import { route } from "../../registry/route";
import { datasourceParams } from "../routeParams";
import { createDatasourceCache } from "./createDatasourceCache";
import { createUpstreamErrorMask } from "./createUpstreamErrorMask";
import { createRunnableQueryFinder } from "./findRunnableQuery";

const datasourceTestResultSchema = z.object({
  ok: z.boolean(),
  status: z.number().optional(),
  message: z.string(),
});

/**
 * Query execution: `POST /api/v1/run` runs a stored query with the browser's evaluated
 * values, and `POST /api/v1/datasources/:datasourceId/test` checks that a datasource answers.
 * Both go through one outbound client, whose keep-alive pool lives as long as the app.
 */
export function runRoutes(api: ApiRegistry): void {
  const { store, box, config, logger } = api.context;
  const client = createOutboundClient({
    policy: createAddressPolicy({ blockPrivateNetworks: config.blockPrivateNetworks }),
  });
  const findRunnableQuery = createRunnableQueryFinder(store);
  const loadDatasource = createDatasourceCache(store, box);
  const maskForCaller = createUpstreamErrorMask(store, logger);
  const rateLimit = createRunRateLimit(config.rateLimits, api.context.runLimiters);

  route(api, {
    method: "post",
    path: "/api/v1/run",
    summary: "Run a stored query with evaluated binding values; upstream 4xx/5xx are data (ok=false)",
    tags: ["run"],
    auth: "public",
    body: runBodySchema,
    response: runResultSchema,
    handler: async ({ req, body, user, res }) => {
      await rateLimit(req, body, user);
      // The one store read of a hot run (a round trip on PostgreSQL): while it is unchanged,
      // the app, its deployment, the caller's role and the datasource come from memory.
      const version = await store.version();
      const runnable = await findRunnableQuery(body, user, version);
      if (!runnable.config.datasourceId) {
        throw badRequest(`The query ${body.query} has no datasource`, "no_datasource");
      }
      const datasource = await loadDatasource(runnable.config.datasourceId, runnable.workspaceId, version);
      if (!datasource) throw notFound("Datasource");
      assertDatasourceUnmoved(runnable.recordedDatasources, datasource);
      const values = runnable.inputs ? withInputDefaults(body.values, runnable.inputs) : body.values;
      const result = await maskForCaller(executeQuery(client, datasource, runnable.config, values), {
        user,
        workspaceId: runnable.workspaceId,
        res,
      });
      // Names and numbers only: values, headers and bodies may carry credentials.
      logger.debug(
        { scope: body.scope, query: body.query, status: result.status, ms: result.durationMs },
        "run",
      );
      return result;
    },
  });

  route(api, {
    method: "post",
    path: "/api/v1/datasources/:datasourceId/test",
    summary: "Call a datasource's base URL (GET, with its headers) and say whether it answers",
    tags: ["datasources"],
    auth: "member:developer",
    params: datasourceParams,
    response: datasourceTestResultSchema,
    handler: async ({ params }) => {
      const datasource = await loadDatasource(params.datasourceId, undefined, await store.version());
      if (!datasource) throw notFound("Datasource");
      try {
        const result = await executeQuery(
          client,
          datasource,
          { datasourceId: datasource.id, method: "GET", path: "", queryParams: [], headers: [], body: "" },
          {},
        );
        return {
          ok: result.status < 500,
          status: result.status,
          message:
            result.status < 500
              ? `${datasource.baseUrl} answered HTTP ${result.status} in ${Math.round(result.durationMs)} ms`
              : `${datasource.baseUrl} answered HTTP ${result.status}: the service reports an error`,
        };
      } catch (error) {
        if (error instanceof ApiError) return { ok: false, message: error.message };
        throw error;
      }
    },
  });
}
