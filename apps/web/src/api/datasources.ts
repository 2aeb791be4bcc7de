import { queryOptions } from "@tanstack/react-query";
import type {
  DatabaseSchema,
  Datasource,
  DatasourceBody,
  DatasourceTestResult,
  DatasourceUpdateResult,
} from "@tessera/model";
import { apiFetch } from "./client";

const base = (datasourceId: string) => `/api/v1/datasources/${encodeURIComponent(datasourceId)}`;

/** The datasources of a workspace (secret values are never present). */
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

/**
 * What the form sends, one shape per kind: a secret header without `value`, or a PostgreSQL
 * body without `password`, keeps the stored secret.
 */
export type DatasourceInput = DatasourceBody;

export async function createDatasource(workspaceId: string, body: DatasourceInput): Promise<Datasource> {
  const { datasource } = await apiFetch<{ datasource: Datasource }>(
    `/api/v1/workspaces/${encodeURIComponent(workspaceId)}/datasources`,
    { method: "POST", body },
  );
  return datasource;
}

/**
 * Replaces a datasource. `clearedSecrets` names the secrets whose stored value was dropped
 * because the datasource moved (another origin, or another PostgreSQL server or database):
 * they must be entered again.
 */
export function updateDatasource(
  datasourceId: string,
  body: DatasourceInput,
): Promise<DatasourceUpdateResult> {
  return apiFetch<DatasourceUpdateResult>(base(datasourceId), {
    method: "PUT",
    body,
  });
}

export async function deleteDatasource(datasourceId: string): Promise<void> {
  await apiFetch(base(datasourceId), { method: "DELETE" });
}

export type { DatasourceTestResult };

/** Checks that the stored datasource answers (an HTTP call, or a PostgreSQL connection). */
export function testDatasource(datasourceId: string): Promise<DatasourceTestResult> {
  return apiFetch<DatasourceTestResult>(`${base(datasourceId)}/test`, { method: "POST" });
}

/** The tables and columns of a PostgreSQL datasource, for the schema browser and SQL completion. */
export const datasourceSchemaQueryOptions = (datasourceId: string) =>
  queryOptions({
    queryKey: ["datasources", datasourceId, "schema"],
    queryFn: () => apiFetch<DatabaseSchema>(`${base(datasourceId)}/schema`),
    // A database's tables change rarely while a query is written; the browser has Refresh.
    staleTime: 5 * 60_000,
    retry: false,
  });
