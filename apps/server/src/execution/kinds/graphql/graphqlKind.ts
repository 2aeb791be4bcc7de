import { bindingExpressions } from "@tessera/engine";
import {
  type GraphqlDatasourceBody,
  type GraphqlQueryConfig,
  graphqlDatasourceBodySchema,
  type RunResult,
} from "@tessera/model";
import type { RunnableGraphqlDatasource } from "../../../datasources/openDatasourceForRun";
import { ApiError } from "../../../errors";
import type { OutboundClient } from "../../createOutboundClient";
import type { BindingValues, DatasourceKind } from "../DatasourceKind";
import { buildUpstreamUrl } from "../rest/buildUpstreamUrl";
import { mergeRequestHeaders } from "../rest/mergeRequestHeaders";
import { substituteQuery } from "../rest/substituteQuery";

/** A GraphQL operation ready to POST: `{ query, variables }` as JSON text. */
export interface GraphqlRequest {
  text: string;
}

/**
 * The request body of a GraphQL query: the operation as written and the variables document
 * with each binding put in as a JSON value (inside a JSON string, as escaped text), by the
 * same substitution as a REST body. The operation itself never takes a value: a binding in it
 * is a 400 that says to use a variable.
 */
export function substituteGraphql(query: GraphqlQueryConfig, values: BindingValues): GraphqlRequest {
  if (bindingExpressions(query.query).length > 0) {
    throw new ApiError(
      400,
      "binding_in_graphql_query",
      'Bindings go in the variables, not in the GraphQL query: declare a variable ($email: String) and write { "email": {{Input1.text}} } in the variables',
    );
  }
  let variables = "{}";
  if (query.variables.trim() !== "") {
    const body = substituteQuery(
      { datasourceId: null, method: "POST", path: "", queryParams: [], headers: [], body: query.variables },
      values,
    ).body;
    if (body?.kind !== "json" || !isJsonObject(body.text)) {
      throw new ApiError(
        400,
        "graphql_variables_invalid",
        'The variables must be a JSON object, with bindings as values: { "email": {{Input1.text}} }',
      );
    }
    variables = body.text;
  }
  return { text: `{"query":${JSON.stringify(query.query)},"variables":${variables}}` };
}

function isJsonObject(text: string): boolean {
  const value: unknown = JSON.parse(text);
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** POSTs the operation to the endpoint through the checked client, with the datasource's headers (secrets last). */
async function send(
  client: OutboundClient,
  datasource: RunnableGraphqlDatasource,
  request: GraphqlRequest,
): Promise<RunResult> {
  const body = { kind: "json" as const, text: request.text };
  return client.send({
    url: buildUpstreamUrl(datasource.endpoint, "", []),
    method: "POST",
    headers: mergeRequestHeaders([["accept", "application/json"]], datasource.headers, body),
    body,
    timeoutMs: datasource.timeoutMs,
  });
}

/** The `errors` of a GraphQL answer as one message: each message with its path. */
function errorsOf(body: unknown): string | null {
  if (body === null || typeof body !== "object" || !("errors" in body) || !Array.isArray(body.errors))
    return null;
  if (body.errors.length === 0) return null;
  return body.errors
    .map((error: unknown) => {
      const { message, path } = (error ?? {}) as { message?: unknown; path?: unknown };
      const at = Array.isArray(path) && path.length > 0 ? ` (at ${path.join(".")})` : "";
      return `${typeof message === "string" ? message : "unknown error"}${at}`;
    })
    .join("; ");
}

/**
 * GraphQL: an endpoint with headers (some secret) and a timeout, on the same HTTP machinery as
 * REST; a query is an operation and a variables document whose values are bindings. An answer
 * with `errors` is a 502 `graphql_errors` naming each message and path.
 */
export const graphqlKind: DatasourceKind<
  "graphql",
  GraphqlDatasourceBody,
  GraphqlQueryConfig,
  GraphqlRequest,
  RunnableGraphqlDatasource
> = {
  kind: "graphql",
  configSchema: graphqlDatasourceBodySchema,
  secretFields: [
    {
      path: "headers[].value",
      when: "headers[].secret",
      description: "the value of a header marked secret (an API key, a bearer token)",
    },
  ],
  substitute: substituteGraphql,
  async execute(ctx, datasource, query, values) {
    if (query.query.trim() === "")
      throw new ApiError(400, "empty_query", "The query has no GraphQL operation");
    const result = await send(ctx.client, datasource, substituteGraphql(query, values));
    const errors = errorsOf(result.body);
    if (errors)
      throw new ApiError(502, "graphql_errors", `The GraphQL service answered with errors: ${errors}`);
    return result;
  },
  async test(ctx, datasource) {
    try {
      const result = await send(ctx.client, datasource, { text: '{"query":"{ __typename }"}' });
      const errors = errorsOf(result.body);
      const ok = result.ok && errors === null;
      return {
        ok,
        status: result.status,
        message: ok
          ? `${datasource.endpoint} answered { __typename } in ${Math.round(result.durationMs)} ms`
          : `${datasource.endpoint} answered HTTP ${result.status}${errors ? `: ${errors}` : ""}`,
      };
    } catch (error) {
      if (error instanceof ApiError) return { ok: false, message: error.message };
      throw error;
    }
  },
};
