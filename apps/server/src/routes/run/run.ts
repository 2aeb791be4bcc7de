import {
  databaseSchemaSchema,
  datasourceTestResultSchema,
  runBodySchema,
  runResultSchema,
} from "@tessera/model";
import { assertDatasourceUnmoved } from "../../deployments/assertDatasourceUnmoved";
import { badRequest, notFound } from "../../errors";
import { checkModuleInputs } from "../../execution/checkModuleInputs";
import {
  executeStoredQuery,
  storedDatasourceSchema,
  testStoredDatasource,
} from "../../execution/kinds/registry";
import { withInputDefaults } from "../../execution/withInputDefaults";
import { createRunRateLimit } from "../../limits/createRunRateLimit";
import type { ApiRegistry } from "../../registry/apiRegistry";
import { route } from "../../registry/route";
import { findVaultRefresh } from "../../vault/findVaultRefresh";
import { refuseVaultValues, runWithVault } from "../../vault/runWithVault";
import { vaultOwnerOf, vaultScopeOfRun } from "../../vault/vaultOwner";
import { datasourceParams } from "../routeParams";
import { createDatasourceCache } from "./createDatasourceCache";
import { createUpstreamErrorMask } from "./createUpstreamErrorMask";
import { createRunnableQueryFinder, type RunnableQuery } from "./findRunnableQuery";

/**
 * Query execution: `POST /api/v1/run` runs a stored query with the browser's evaluated
 * values, and `POST /api/v1/datasources/:datasourceId/test` checks that a datasource answers.
 * Both go through one outbound client, whose keep-alive pool lives as long as the app.
 */
export function runRoutes(api: ApiRegistry): void {
  const { store, box, config, logger, kinds, vault, runVersions } = api.context;
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
      // The one store read of a hot run (a round trip on PostgreSQL, sent as the request
      // arrived): while it is unchanged, the app, its deployment, the caller's role and the
      // datasource come from memory.
      const version = await runVersions.versionOf(req);
      refuseVaultValues(body.values);
      const runnable = await findRunnableQuery(body, user, version);
      if (runnable.inputs) {
        // The run's own input values, checked by type before anything goes upstream.
        const caller = { instance: "instance" in body ? (body.instance ?? null) : null, query: body.query };
        checkModuleInputs(
          caller,
          runnable.inputs,
          withInputDefaults(body.values, runnable.inputs),
          body.inputs,
        );
      }
      const execute = async (query: RunnableQuery, given: Record<string, unknown>) => {
        if (!query.config.datasourceId) {
          throw badRequest(`The query ${body.query} has no datasource`, "no_datasource");
        }
        const datasource = await loadDatasource(query.config.datasourceId, query.workspaceId, version);
        if (!datasource) throw notFound("Datasource");
        assertDatasourceUnmoved(query.recordedDatasources, datasource);
        const values = query.inputs ? withInputDefaults(given, query.inputs) : given;
        return maskForCaller(executeStoredQuery(kinds, datasource, query.config, values), {
          user,
          workspaceId: query.workspaceId,
          res,
        });
      };
      // The vault fills `{{vault.x}}` before the kind substitutes and filters what it kept after.
      const result = await runWithVault(vault, {
        req,
        res,
        owner: vaultOwnerOf(vaultScopeOfRun(body)),
        query: runnable,
        values: body.values,
        execute,
        findRefresh: () => findVaultRefresh(store, body),
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
    method: "get",
    path: "/api/v1/datasources/:datasourceId/schema",
    summary: "The tables and columns of a SQL datasource (schema browser, completion)",
    tags: ["datasources"],
    auth: "member:developer",
    params: datasourceParams,
    response: databaseSchemaSchema,
    handler: async ({ params }) => {
      const datasource = await loadDatasource(params.datasourceId, undefined, await store.version());
      if (!datasource) throw notFound("Datasource");
      return storedDatasourceSchema(kinds, datasource);
    },
  });

  route(api, {
    method: "post",
    path: "/api/v1/datasources/:datasourceId/test",
    summary:
      "Say whether a datasource answers (REST: GET on its base URL; PostgreSQL: connect and run a trivial statement; GraphQL: { __typename })",
    tags: ["datasources"],
    auth: "member:developer",
    params: datasourceParams,
    response: datasourceTestResultSchema,
    handler: async ({ params }) => {
      const datasource = await loadDatasource(params.datasourceId, undefined, await store.version());
      if (!datasource) throw notFound("Datasource");
      return testStoredDatasource(kinds, datasource);
    },
  });
}
