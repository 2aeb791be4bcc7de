import type { Datasource } from "@tessera/model";
import type { DatasourceInput } from "../../api/datasources";

/**
 * The body that saves a datasource unchanged: secret headers go without a value and a
 * PostgreSQL body without its password, which the API reads as "keep the stored secret".
 */
export function datasourceInputOf(datasource: Datasource): DatasourceInput {
  const { id: _id, workspaceId: _workspaceId, updatedAt: _updatedAt, ...fields } = datasource;
  if (fields.kind === "postgres") {
    const { hasPassword: _hasPassword, ...postgres } = fields;
    return postgres;
  }
  return {
    ...fields,
    headers: fields.headers.map((h) =>
      h.secret ? { name: h.name, secret: true } : { name: h.name, value: h.value ?? "", secret: false },
    ),
  };
}
