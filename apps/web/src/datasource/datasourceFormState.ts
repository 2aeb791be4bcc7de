import type { DatasourceKindName } from "@tessera/model";

// What the kinds' forms (kindForms/<kind>.tsx) share with the datasource page, apart from the
// code that finds a kind's forms: the kind files import this, so it never imports them back.

/** The datasource form's state: each kind's form (kindForms/<kind>.tsx) adds its own fields. */
export interface DatasourceForm {
  kind: DatasourceKindName;
  name: string;
}

/** A problem with one field of the form: `field` is the body's key (`host`, `headers`). */
export interface FieldError {
  field: string;
  message: string;
}

/** A number field's text as the API takes it: blank is NaN, so the schema names the field. */
export function numberOf(text: string): number {
  return text.trim() === "" ? Number.NaN : Number(text);
}
