import { type RestDatasourceBody, type RestQueryConfig, restDatasourceBodySchema } from "@tessera/model";
import type { RunnableRestDatasource } from "../../../datasources/openDatasourceForRun";
import type { DatasourceKind } from "../DatasourceKind";
import { executeQuery } from "./executeQuery";
import { type SubstitutedRequest, substituteQuery } from "./substituteQuery";
import { testRestDatasource } from "./testRestDatasource";

/**
 * REST: a base URL, headers (some secret) and a timeout; a query is a method, path, query
 * params, headers and body with `{{ }}` bindings, called through the shared outbound client.
 */
export const restKind: DatasourceKind<
  "rest",
  RestDatasourceBody,
  RestQueryConfig,
  SubstitutedRequest,
  RunnableRestDatasource
> = {
  kind: "rest",
  configSchema: restDatasourceBodySchema,
  secretFields: [
    {
      path: "headers[].value",
      when: "headers[].secret",
      description: "the value of a header marked secret (an API key, a bearer token)",
    },
  ],
  substitute: substituteQuery,
  execute: (ctx, datasource, query, values) => executeQuery(ctx.client, datasource, query, values),
  test: testRestDatasource,
};
