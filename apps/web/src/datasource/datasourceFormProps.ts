import type { DatasourceForm, FieldError } from "./datasourceFormState";

/** What each kind's datasource form is given: its own state, a patcher and the field at fault. */
export interface DatasourceFormProps<F extends DatasourceForm = DatasourceForm> {
  form: F;
  edit: (patch: Partial<F>) => void;
  error: FieldError | null;
}
