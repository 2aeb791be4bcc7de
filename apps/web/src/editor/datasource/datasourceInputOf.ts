import type { RestDatasource } from "@tessera/model";
import type { DatasourceInput } from "../../api/datasources";

/**
 * The body that saves a datasource unchanged: secret headers go without a value, which the
 * API reads as "keep the stored secret".
 */
export function datasourceInputOf(datasource: RestDatasource): DatasourceInput {
  return {
    name: datasource.name,
    baseUrl: datasource.baseUrl,
    timeoutMs: datasource.timeoutMs,
    headers: datasource.headers.map((h) =>
      h.secret ? { name: h.name, secret: true } : { name: h.name, value: h.value ?? "", secret: false },
    ),
  };
}
