import type { RestDatasource, RestDatasourceBody } from "@tessera/model";
import { type FieldError, numberOf } from "./datasourceFormState";
import { type HeaderRow, headerRowsOf, headersInputOf, unchangedHeaders } from "./headerRowsOf";

// What the HTTP kinds (REST, GraphQL) share beside the URL each names its own way (REST's
// baseUrl, GraphQL's endpoint): headers, some secret, and a timeout.

/** The HTTP part of a datasource form: the timeout stays text while typed. */
export interface HttpFormFields {
  timeoutMs: string;
  headers: HeaderRow[];
}

/** The HTTP part of a presented datasource. */
type PresentedHttpFields = Pick<RestDatasource, "timeoutMs" | "headers">;

/** The HTTP part of a datasource body. */
type HttpBodyFields = Pick<RestDatasourceBody, "timeoutMs" | "headers">;

/** The labels of the HTTP part's fields, for messages about a field. */
export const httpFieldLabels = { headers: "Headers", timeoutMs: "Timeout (ms)" };

/** Copies a datasource's HTTP part into the form: secret header values stay unknown. */
export function httpFormFieldsOf(datasource: PresentedHttpFields): HttpFormFields {
  return { timeoutMs: String(datasource.timeoutMs), headers: headerRowsOf(datasource.headers) };
}

/** The HTTP part of a new datasource's form, with the server's default timeout. */
export function emptyHttpFormFields(): HttpFormFields {
  return { timeoutMs: "10000", headers: [] };
}

/** The HTTP part of the form as the API takes it, or the header row at fault. */
export function httpBodyFieldsOf(form: HttpFormFields): { fields: HttpBodyFields } | { error: FieldError } {
  const headers = headersInputOf(form.headers);
  if ("error" in headers) return headers;
  return { fields: { headers: headers.headers, timeoutMs: numberOf(form.timeoutMs) } };
}

/**
 * The body that saves an HTTP datasource unchanged: its presented fields less what the server
 * owns, with secret headers sent without a value, which keeps them.
 */
export function unchangedHttpBody<
  D extends PresentedHttpFields & { id: string; workspaceId: string; updatedAt: string },
>({
  id: _id,
  workspaceId: _workspaceId,
  updatedAt: _updatedAt,
  headers,
  ...fields
}: D): Omit<D, "id" | "workspaceId" | "updatedAt" | "headers"> & Pick<HttpBodyFields, "headers"> {
  return { ...fields, headers: unchangedHeaders(headers) };
}
