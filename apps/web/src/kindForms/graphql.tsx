import type { GraphqlDatasource, GraphqlQueryConfig } from "@tessera/model";
import { DatasourceField, FieldErrorText } from "../datasource/DatasourceField";
import type { DatasourceFormProps } from "../datasource/datasourceFormProps";
import { numberOf } from "../datasource/datasourceFormState";
import { HeaderRows } from "../datasource/HeaderRows";
import { type HeaderRow, headerRowsOf, headersInputOf, unchangedHeaders } from "../datasource/headerRowsOf";
import { CodeEditor } from "../monaco/CodeEditor";
import { jsonBodyProblem } from "../queryEditor/jsonBodyProblem";
import type { QueryFormProps } from "../queryEditor/queryFormProps";
import { BindingTextArea } from "../shared/components/BindingTextArea";
import type { KindForms } from "./KindForms";

/** A GraphQL datasource's form: an endpoint and the same headers as REST. */
export interface GraphqlDatasourceForm {
  kind: "graphql";
  name: string;
  endpoint: string;
  timeoutMs: string;
  headers: HeaderRow[];
}

/** A GraphQL API: the endpoint queries POST to, headers (some secret) as for REST, a timeout. */
function GraphqlDatasourceFields({ form, edit, error }: DatasourceFormProps<GraphqlDatasourceForm>) {
  return (
    <>
      <DatasourceField
        label="Endpoint"
        field="endpoint"
        error={error}
        type="url"
        value={form.endpoint}
        onValue={(endpoint) => edit({ endpoint })}
        required
        placeholder="https://api.example.com/graphql"
      />
      <HeaderRows rows={form.headers} onChange={(headers) => edit({ headers })} />
      {error?.field === "headers" && <FieldErrorText error={error} />}
      <DatasourceField
        label="Timeout (ms)"
        field="timeoutMs"
        error={error}
        type="number"
        min={100}
        max={120000}
        step={100}
        value={form.timeoutMs}
        onValue={(timeoutMs) => edit({ timeoutMs })}
      />
    </>
  );
}

/**
 * A GraphQL operation: its text as written (no bindings there), and variables as a JSON
 * document whose values may be bindings, sent as JSON values.
 */
function GraphqlQueryForm({
  config,
  onChange,
  datasourceSelect,
  bindingExample,
}: QueryFormProps<GraphqlQueryConfig>) {
  const binding = `{{${bindingExample}}}`;
  const variablesProblem = jsonBodyProblem(config.variables);
  return (
    <>
      <div className="request-line">{datasourceSelect}</div>
      <h3>Query</h3>
      <CodeEditor
        language="graphql"
        aria-label="GraphQL query"
        value={config.query}
        onChange={(query) => onChange({ ...config, query }, "query")}
        height={180}
      />
      <h3>Variables</h3>
      <BindingTextArea
        aria-label="Variables"
        value={config.variables}
        rows={4}
        placeholder={`{ "email": ${binding} }`}
        onChange={(variables) => onChange({ ...config, variables }, "variables")}
      />
      {variablesProblem && (
        <p className="error small" role="status">
          {variablesProblem.replace(/^The body/, "The variables")}
        </p>
      )}
      <p className="hint">
        Use <code>$name</code> variables in the query and fill them here: <code>{binding}</code> without
        quotes.
      </p>
    </>
  );
}

/** GraphQL: an endpoint with REST's headers; a query is an operation and a variables document. */
export const kindForms: KindForms<GraphqlDatasourceForm, GraphqlQueryConfig, GraphqlDatasource> = {
  kind: "graphql",
  label: "GraphQL",
  order: 3,
  summary: (datasource) => `GraphQL ${datasource.endpoint}`,
  movedSecrets: "The endpoint now points to another server",
  fieldLabels: { endpoint: "Endpoint", headers: "Headers", timeoutMs: "Timeout (ms)" },
  formOf: (datasource) => ({
    kind: "graphql",
    name: datasource.name,
    endpoint: datasource.endpoint,
    timeoutMs: String(datasource.timeoutMs),
    headers: headerRowsOf(datasource.headers),
  }),
  emptyForm: () => ({ kind: "graphql", name: "", endpoint: "", timeoutMs: "10000", headers: [] }),
  bodyOf: (form) => {
    const headers = headersInputOf(form.headers);
    if ("error" in headers) return headers;
    return {
      body: {
        kind: "graphql",
        name: form.name.trim(),
        endpoint: form.endpoint.trim(),
        headers: headers.headers,
        timeoutMs: numberOf(form.timeoutMs),
      },
    };
  },
  unchangedBody: ({ id: _id, workspaceId: _workspaceId, updatedAt: _updatedAt, ...fields }) => ({
    ...fields,
    headers: unchangedHeaders(fields.headers),
  }),
  DatasourceForm: GraphqlDatasourceFields,
  QueryForm: GraphqlQueryForm,
};
