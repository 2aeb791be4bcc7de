import type { RestQueryConfig, RunResult } from "@tessera/model";
import type { OutboundClient } from "../../createOutboundClient";
import { buildUpstreamUrl } from "./buildUpstreamUrl";
import { type DatasourceHeader, mergeRequestHeaders } from "./mergeRequestHeaders";
import { type BindingValues, substituteQuery } from "./substituteQuery";

/** What a run needs of a datasource, secrets decrypted (server side only). */
export interface RunDatasource {
  baseUrl: string;
  headers: readonly DatasourceHeader[];
  timeoutMs: number;
}

/**
 * Runs a stored query against its datasource: substitutes the browser's values by context,
 * builds a URL that must stay on the datasource's base URL, adds the datasource's headers
 * (secrets last) and calls the upstream through the checked client.
 *
 * @example await executeQuery(client, datasource, module.config, { "inputs.email": "a@b.c" })
 */
export async function executeQuery(
  client: OutboundClient,
  datasource: RunDatasource,
  config: RestQueryConfig,
  values: BindingValues,
): Promise<RunResult> {
  const request = substituteQuery(config, values);
  const url = buildUpstreamUrl(datasource.baseUrl, request.path, request.queryParams);
  return client.send({
    url,
    method: request.method,
    headers: mergeRequestHeaders(request.headers, datasource.headers, request.body),
    body: request.body,
    timeoutMs: datasource.timeoutMs,
  });
}
