import type { Datasource } from "@tessera/model";
import { kindFormsOf } from "../kindForms/kindFormsOf";

/** Where a datasource points, in one line (its base URL, endpoint, or PostgreSQL address), by its kind. */
export function datasourceSummary(datasource: Datasource): string {
  return kindFormsOf(datasource.kind)?.summary(datasource) ?? datasource.kind;
}
