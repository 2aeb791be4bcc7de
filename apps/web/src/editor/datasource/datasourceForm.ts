import {
  type Datasource,
  type DatasourceKindName,
  datasourceBodySchema,
  type PostgresSslMode,
  type RestDatasource,
} from "@tessera/model";
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

/** A REST datasource's form: numbers stay text while typed. */
export interface RestDatasourceForm {
  kind: "rest";
  name: string;
  baseUrl: string;
  timeoutMs: string;
  headers: HeaderRow[];
}

/** A PostgreSQL datasource's form; the stored password is never known, only whether there is one. */
export interface PostgresDatasourceForm {
  kind: "postgres";
  name: string;
  host: string;
  port: string;
  database: string;
  user: string;
  /** What the author typed; empty keeps a stored password. */
  password: string;
  /** True when the server holds a password. */
  storedPassword: boolean;
  /** True when the author asked to remove the stored password. */
  clearPassword: boolean;
  sslMode: PostgresSslMode;
  readOnly: boolean;
  statementTimeoutMs: string;
  rowCap: string;
}

/** A GraphQL datasource's form: an endpoint and the same headers as REST. */
export interface GraphqlDatasourceForm {
  kind: "graphql";
  name: string;
  endpoint: string;
  timeoutMs: string;
  headers: HeaderRow[];
}

/** The datasource form's state, one shape per kind. */
export type DatasourceForm = RestDatasourceForm | PostgresDatasourceForm | GraphqlDatasourceForm;

/** A problem with one field of the form: `field` is the body's key (`host`, `headers`). */
export interface FieldError {
  field: string;
  message: string;
}

/** The kinds an author can create, in the order the picker shows them. */
export const datasourceKindLabels: Record<DatasourceKindName, string> = {
  rest: "REST API",
  postgres: "PostgreSQL",
  graphql: "GraphQL",
};

/** The label of each field as the forms show it, for messages about a field. */
const fieldLabels: Record<string, string> = {
  name: "Name",
  baseUrl: "Base URL",
  endpoint: "Endpoint",
  headers: "Headers",
  timeoutMs: "Timeout (ms)",
  host: "Host",
  port: "Port",
  database: "Database",
  user: "User",
  password: "Password",
  sslMode: "SSL mode",
  readOnly: "Read-only",
  statementTimeoutMs: "Statement timeout (ms)",
  rowCap: "Row cap",
};

function headerRowsOf(headers: RestDatasource["headers"]): HeaderRow[] {
  return headers.map((h) => ({
    name: h.name,
    value: h.secret ? "" : (h.value ?? ""),
    secret: h.secret,
    storedSecret: h.secret && h.hasValue,
    retyped: false,
  }));
}

/** Copies a datasource into the form: secret values are unknown and stay so until retyped. */
export function formOf(datasource: Datasource): DatasourceForm {
  switch (datasource.kind) {
    case "postgres":
      return {
        kind: "postgres",
        name: datasource.name,
        host: datasource.host,
        port: String(datasource.port),
        database: datasource.database,
        user: datasource.user,
        password: "",
        storedPassword: datasource.hasPassword,
        clearPassword: false,
        sslMode: datasource.sslMode,
        readOnly: datasource.readOnly,
        statementTimeoutMs: String(datasource.statementTimeoutMs),
        rowCap: String(datasource.rowCap),
      };
    case "graphql":
      return {
        kind: "graphql",
        name: datasource.name,
        endpoint: datasource.endpoint,
        timeoutMs: String(datasource.timeoutMs),
        headers: headerRowsOf(datasource.headers),
      };
    default:
      return {
        kind: "rest",
        name: datasource.name,
        baseUrl: datasource.baseUrl,
        timeoutMs: String(datasource.timeoutMs),
        headers: headerRowsOf(datasource.headers),
      };
  }
}

/** The form of a new datasource of a kind, with the defaults the server would pick. */
export function emptyForm(kind: DatasourceKindName): DatasourceForm {
  switch (kind) {
    case "postgres":
      return {
        kind,
        name: "",
        host: "",
        port: "5432",
        database: "",
        user: "",
        password: "",
        storedPassword: false,
        clearPassword: false,
        sslMode: "prefer",
        readOnly: false,
        statementTimeoutMs: "10000",
        rowCap: "10000",
      };
    case "graphql":
      return { kind, name: "", endpoint: "", timeoutMs: "10000", headers: [] };
    default:
      return { kind: "rest", name: "", baseUrl: "", timeoutMs: "10000", headers: [] };
  }
}

/**
 * The headers as the API takes them, or the error of the row at fault. A stored secret left
 * untouched is sent without a value, which keeps it; a secret turned into a plain header must
 * be retyped, since the browser never knew its value.
 */
function headersInputOf(rows: HeaderRow[]): { headers: HeaderInput[] } | { error: FieldError } {
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

/** A header as the API takes it: a secret without `value` keeps the stored one. */
type HeaderInput = { name: string; value?: string; secret: boolean };

/** A number field's text as the API takes it: blank is NaN, so the schema names the field. */
const numberOf = (text: string) => (text.trim() === "" ? Number.NaN : Number(text));

/** The body of the form before the model's schema checks it. */
function bodyOf(form: DatasourceForm): { body: DatasourceInput } | { error: FieldError } {
  const name = form.name.trim();
  if (form.kind === "postgres") {
    // Empty keeps the stored password (or sets none); "" is sent only to remove it.
    const password = form.password !== "" ? form.password : form.clearPassword ? "" : undefined;
    return {
      body: {
        kind: "postgres",
        name,
        host: form.host.trim(),
        port: numberOf(form.port),
        database: form.database.trim(),
        user: form.user.trim(),
        ...(password !== undefined ? { password } : {}),
        sslMode: form.sslMode,
        readOnly: form.readOnly,
        statementTimeoutMs: numberOf(form.statementTimeoutMs),
        rowCap: numberOf(form.rowCap),
      },
    };
  }
  const headers = headersInputOf(form.headers);
  if ("error" in headers) return headers;
  const timeoutMs = numberOf(form.timeoutMs);
  if (form.kind === "graphql")
    return {
      body: { kind: "graphql", name, endpoint: form.endpoint.trim(), headers: headers.headers, timeoutMs },
    };
  return { body: { kind: "rest", name, baseUrl: form.baseUrl.trim(), headers: headers.headers, timeoutMs } };
}

/**
 * Turns the form into the API body, or the error of the field at fault. The body is checked
 * with the model's own schema, the one the server parses it with, so both refuse the same.
 */
export function inputOf(form: DatasourceForm): { input: DatasourceInput } | { error: FieldError } {
  const built = bodyOf(form);
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
  const label = fieldLabels[field];
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
