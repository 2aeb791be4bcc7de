import type { RestDatasource } from "@tessera/model";
import type { DatasourceInput } from "../../api/datasources";

/** A header row as the form edits it. */
export interface HeaderRow {
  name: string;
  /** What the author typed; for a stored secret, empty until retyped. */
  value: string;
  secret: boolean;
  /** True when the server holds a secret value for this header that the form cannot show. */
  storedSecret: boolean;
  /** True once the author typed in the value field. */
  retyped: boolean;
}

/** The datasource form's state. */
export interface DatasourceForm {
  name: string;
  baseUrl: string;
  timeoutMs: string;
  headers: HeaderRow[];
}

/** Copies a datasource into the form: secret values are unknown and stay so until retyped. */
export function formOf(datasource: RestDatasource): DatasourceForm {
  return {
    name: datasource.name,
    baseUrl: datasource.baseUrl,
    timeoutMs: String(datasource.timeoutMs),
    headers: datasource.headers.map((h) => ({
      name: h.name,
      value: h.secret ? "" : (h.value ?? ""),
      secret: h.secret,
      storedSecret: h.secret && h.hasValue,
      retyped: false,
    })),
  };
}

/**
 * Turns the form into the API body, or an error message naming the row at fault. A stored
 * secret left untouched is sent without a value, which keeps it; a secret turned into a plain
 * header must be retyped, since the browser never knew its value.
 */
export function inputOf(form: DatasourceForm): { input: DatasourceInput } | { error: string } {
  const timeoutMs = Number(form.timeoutMs);
  if (!Number.isInteger(timeoutMs) || timeoutMs < 100 || timeoutMs > 120_000)
    return { error: "Timeout must be a whole number of milliseconds between 100 and 120000." };
  const headers: DatasourceInput["headers"] = [];
  for (const [index, row] of form.headers.entries()) {
    const name = row.name.trim();
    if (!name) return { error: `Header ${index + 1} needs a name.` };
    if (row.storedSecret && !row.retyped) {
      if (!row.secret) return { error: `Type the value of header ${name} to make it non-secret.` };
      headers.push({ name, secret: true });
    } else {
      headers.push({ name, value: row.value, secret: row.secret });
    }
  }
  return { input: { name: form.name.trim(), baseUrl: form.baseUrl.trim(), timeoutMs, headers } };
}
