import { queryOptions } from "@tanstack/react-query";
import type { Datasource, DatasourceBody, DatasourceUpdateResult } from "@tessera/model";
import { apiFetch } from "./client";

const base = (datasourceId: string) => `/api/v1/datasources/${encodeURIComponent(datasourceId)}`;

/** The datasources of a workspace (secret header values are never present). */
export const datasourcesQueryOptions = (workspaceId: string) =>
  queryOptions({
    queryKey: ["workspaces", workspaceId, "datasources"],
    queryFn: async () =>
      (
        await apiFetch<{ datasources: Datasource[] }>(
          `/api/v1/workspaces/${encodeURIComponent(workspaceId)}/datasources`,
        )
      ).datasources,
  });

/** One datasource. */
export const datasourceQueryOptions = (datasourceId: string) =>
  queryOptions({
    queryKey: ["datasources", datasourceId],
    queryFn: async () => (await apiFetch<{ datasource: Datasource }>(base(datasourceId))).datasource,
  });

/** What the form sends: a secret header without `value` keeps its stored value. */
export type DatasourceInput = {
  name: string;
  baseUrl: string;
  headers: Array<{ name: string; value?: string; secret: boolean }>;
  timeoutMs: number;
};

export async function createDatasource(workspaceId: string, body: DatasourceInput): Promise<Datasource> {
  const { datasource } = await apiFetch<{ datasource: Datasource }>(
    `/api/v1/workspaces/${encodeURIComponent(workspaceId)}/datasources`,
    { method: "POST", body: body satisfies DatasourceBody },
  );
  return datasource;
}

/**
 * Replaces a datasource. `clearedSecrets` names the secret headers whose stored value was
 * dropped because the base URL moved to another origin: they must be entered again.
 */
export function updateDatasource(
  datasourceId: string,
  body: DatasourceInput,
): Promise<DatasourceUpdateResult> {
  return apiFetch<DatasourceUpdateResult>(base(datasourceId), {
    method: "PUT",
    body: body satisfies DatasourceBody,
  });
}

export async function deleteDatasource(datasourceId: string): Promise<void> {
  await apiFetch(base(datasourceId), { method: "DELETE" });
}

/** The answer of a connection test. */
export type DatasourceTestResult = { ok: boolean; status?: number; message: string };

export function testDatasource(datasourceId: string): Promise<DatasourceTestResult> {
  return apiFetch<DatasourceTestResult>(`${base(datasourceId)}/test`, { method: "POST" });
}
