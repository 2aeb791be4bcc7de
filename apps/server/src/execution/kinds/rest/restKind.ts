import { type DatasourceBody, datasourceBodySchema, type QueryConfig } from "@tessera/model";
import type { DatasourceKind } from "../DatasourceKind";
import { executeQuery } from "./executeQuery";
import { type SubstitutedRequest, substituteQuery } from "./substituteQuery";
import { testRestDatasource } from "./testRestDatasource";

/**
 * REST: a base URL, headers (some secret) and a timeout; a query is a method, path, query
 * params, headers and body with `{{ }}` bindings, called through the shared outbound client.
 */
export const restKind: DatasourceKind<"rest", DatasourceBody, QueryConfig, SubstitutedRequest> = {
  kind: "rest",
  configSchema: datasourceBodySchema,
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
