import { type Datasource, type DatasourceKindName, datasourceBodySchema } from "@tessera/model";
import type { DatasourceInput } from "../api/datasources";
import type { KindForms } from "../kindForms/KindForms";
import { allKindForms, kindFormsOf } from "../kindForms/kindFormsOf";

import type { DatasourceForm, FieldError } from "./datasourceFormState";

export type { DatasourceForm, FieldError } from "./datasourceFormState";
export { numberOf } from "./datasourceFormState";
export type { HeaderRow } from "./headerRowsOf";

/** The forms of a kind this build knows; a kind it does not is a bug of the caller's. */
function formsOf(kind: string): KindForms {
  const forms = kindFormsOf(kind);
  if (!forms) throw new Error(`This editor has no form for datasources of kind "${kind}"`);
  return forms;
}

/** Copies a datasource into the form of its kind: secret values are unknown and stay so until retyped. */
export function formOf(datasource: Datasource): DatasourceForm {
  return formsOf(datasource.kind).formOf(datasource);
}

/** The form of a new datasource of a kind, with the defaults the server would pick. */
export function emptyForm(kind: DatasourceKindName): DatasourceForm {
  return formsOf(kind).emptyForm();
}

/**
 * Turns the form into the API body, or the error of the field at fault. The body is checked
 * with the model's own schema, the one the server parses it with, so both refuse the same.
 */
export function inputOf<F extends DatasourceForm>(
  form: F,
): { input: DatasourceInput } | { error: FieldError } {
  const built = formsOf(form.kind).bodyOf(form);
  if ("error" in built) return built;
  const parsed = datasourceBodySchema.safeParse(built.body);
  if (parsed.success) return { input: built.body };
  const issue = parsed.error.issues[0];
  return { error: fieldErrorAt(issue?.path ?? [], issue?.message ?? "is not valid") };
}

/**
 * The field a problem at `path` of the body belongs to, with a message naming it:
 * `["host"]` → Host, `["headers", 2, "name"]` → the Headers rows, "Header 3 name: …".
 */
export function fieldErrorAt(path: readonly PropertyKey[], message: string): FieldError {
  const [field = "", index, part] = path.map(String);
  if (field === "headers" && index !== undefined)
    return { field, message: `Header ${Number(index) + 1}${part ? ` ${part}` : ""}: ${message}` };
  const label =
    field === "name"
      ? "Name"
      : allKindForms().find((k) => Object.hasOwn(k.fieldLabels, field))?.fieldLabels[field];
  return { field, message: label ? `${label}: ${message}` : message };
}

/**
 * The field error of a server's 400, whose `path` names the field (`body.host`) and whose
 * message starts with that path; null when it names no field of the body.
 */
export function fieldErrorOfResponse(path: string | undefined, message: string): FieldError | null {
  if (!path?.startsWith("body.")) return null;
  const segments = path.slice("body.".length).split(".");
  const bare = message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
  return fieldErrorAt(segments, bare);
}
