import type { Datasource } from "@tessera/model";
import type { DatasourceInput } from "../api/datasources";
import { kindFormsOf } from "../kindForms/kindFormsOf";

/**
 * The body that saves a datasource unchanged, by its kind: secret headers go without a value
 * and a PostgreSQL body without its password, which the API reads as "keep the stored secret".
 */
export function datasourceInputOf(datasource: Datasource): DatasourceInput {
  const forms = kindFormsOf(datasource.kind);
  if (!forms) throw new Error(`This editor cannot save datasources of kind "${datasource.kind}"`);
  return forms.unchangedBody(datasource);
}
