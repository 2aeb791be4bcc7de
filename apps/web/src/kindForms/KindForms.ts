import type { Datasource, DatasourceBody, QueryConfig } from "@tessera/model";
import type { ComponentType } from "react";
import type { DatasourceFormProps } from "../datasource/datasourceFormProps";
import type { DatasourceForm, FieldError } from "../datasource/datasourceFormState";
import type { QueryFormProps } from "../queryEditor/queryFormProps";

/**
 * Everything the web app knows of one datasource kind, in its own file `kindForms/<kind>.tsx`
 * exporting `kindForms`: found by kindFormsOf, so a new kind touches no list here. `F` is its
 * datasource form's state, `Q` its query config, `D` its presented datasource.
 */
export interface KindForms<
  F extends DatasourceForm = DatasourceForm,
  Q extends QueryConfig = QueryConfig,
  D extends Datasource = Datasource,
> {
  kind: F["kind"];
  /** The kind as the picker and the datasource menus name it (`"REST API"`). */
  label: string;
  /** Where the kind stands in the picker and the datasource menus: lowest first. */
  order: number;
  /** Where a datasource points, in one line (its base URL, its PostgreSQL address). */
  summary(datasource: D): string;
  /** What moved, in the notice after a save that cleared stored secrets ("The endpoint now points to another server"). */
  movedSecrets: string;
  /** The label of each of its fields, for messages about a field (`baseUrl` → "Base URL"). */
  fieldLabels: Record<string, string>;
  /** Copies a datasource into the form: secret values are unknown and stay so until retyped. */
  formOf(datasource: D): F;
  /** The form of a new datasource of the kind, with the defaults the server would pick. */
  emptyForm(): F;
  /** The form as the API body, before the model's schema checks it, or the field at fault. */
  bodyOf(form: F): { body: DatasourceBody } | { error: FieldError };
  /** The body that saves a datasource unchanged: secrets without a value, which keeps them. */
  unchangedBody(datasource: D): DatasourceBody;
  /** Its datasource form's fields (the name is the editor's). */
  DatasourceForm: ComponentType<DatasourceFormProps<F>>;
  /** What the datasource page shows below the form for a saved datasource (a schema browser). */
  DatasourcePanel?: ComponentType<{ datasource: D }>;
  /** Its query config's form, shared by app queries and query modules. */
  QueryForm: ComponentType<QueryFormProps<Q>>;
}
