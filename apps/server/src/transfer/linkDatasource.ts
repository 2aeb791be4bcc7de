import type { QueryConfig } from "@tessera/model";
import type { ExportedQueryConfig } from "./transferFileSchema";

/**
 * Turns an exported query config back into a stored one, finding its datasource by name in
 * the target workspace. A name not found leaves the query without a datasource and is
 * recorded in `missing`, so the author can pick one instead of the import failing.
 */
export function linkDatasource(
  config: ExportedQueryConfig,
  idOf: Map<string, string>,
  missing: Set<string>,
): QueryConfig {
  const { datasource, ...rest } = config;
  const datasourceId = datasource === null ? null : (idOf.get(datasource) ?? null);
  if (datasource !== null && datasourceId === null) missing.add(datasource);
  return { ...rest, datasourceId };
}
