import type { Datasource } from "@tessera/model";
import { updateDatasource } from "../../api/datasources";
import { datasourceInputOf } from "../../datasource/datasourceInputOf";

/**
 * Renames a datasource. The API only has PUT for datasources, so the rest is sent back as it
 * is; secrets go without a value, which keeps the stored ones.
 */
export function renameDatasource(datasource: Datasource, name: string) {
  return updateDatasource(datasource.id, { ...datasourceInputOf(datasource), name });
}
