import type { Datasource } from "@tessera/model";
import { updateDatasource } from "../../api/datasources";
import { datasourceInputOf } from "../datasource/datasourceInputOf";

/**
 * Renames a datasource. The API only has PUT for datasources, so the rest is sent back as it
 * is; secret headers go without a value, which keeps the stored secret.
 */
export function renameDatasource(datasource: Datasource, name: string) {
  if (datasource.kind !== "rest")
    throw new Error(`Renaming a ${datasource.kind} datasource is not supported here yet`);
  return updateDatasource(datasource.id, { ...datasourceInputOf(datasource), name });
}
