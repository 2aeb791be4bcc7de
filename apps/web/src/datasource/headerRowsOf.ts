import type { RestDatasource, RestDatasourceBody } from "@tessera/model";
import type { FieldError } from "./datasourceFormState";

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

/** The rows of an HTTP datasource's (REST, GraphQL) presented headers: secret values stay unknown. */
export function headerRowsOf(headers: RestDatasource["headers"]): HeaderRow[] {
  return headers.map((h) => ({
    name: h.name,
    value: h.secret ? "" : (h.value ?? ""),
    secret: h.secret,
    storedSecret: h.secret && h.hasValue,
    retyped: false,
  }));
}

/** A header as the API takes it: a secret without `value` keeps the stored one. */
type HeaderInput = RestDatasourceBody["headers"][number];

/**
 * The headers as the API takes them, or the error of the row at fault. A stored secret left
 * untouched is sent without a value, which keeps it; a secret turned into a plain header must
 * be retyped, since the browser never knew its value.
 */
export function headersInputOf(rows: HeaderRow[]): { headers: HeaderInput[] } | { error: FieldError } {
  const headers: HeaderInput[] = [];
  for (const [index, row] of rows.entries()) {
    const name = row.name.trim();
    if (!name) return { error: { field: "headers", message: `Header ${index + 1} needs a name.` } };
    if (row.storedSecret && !row.retyped) {
      if (!row.secret)
        return {
          error: { field: "headers", message: `Type the value of header ${name} to make it non-secret.` },
        };
      headers.push({ name, secret: true });
    } else {
      headers.push({ name, value: row.value, secret: row.secret });
    }
  }
  return { headers };
}

/** The presented headers as the API takes them unchanged: secrets without a value, which keeps them. */
export function unchangedHeaders(headers: RestDatasource["headers"]): HeaderInput[] {
  return headers.map((h) =>
    h.secret ? { name: h.name, secret: true } : { name: h.name, value: h.value ?? "", secret: false },
  );
}
