import type { GraphqlDatasource, GraphqlQueryConfig } from "@tessera/model";
import type { DatasourceFormProps } from "../datasource/datasourceFormProps";
import { HttpDatasourceFields } from "../datasource/HttpDatasourceFields";
import {
  emptyHttpFormFields,
  type HttpFormFields,
  httpBodyFieldsOf,
  httpFieldLabels,
  httpFormFieldsOf,
  unchangedHttpBody,
} from "../datasource/httpFormFields";
import { CodeEditor } from "../monaco/CodeEditor";
import { jsonBodyProblem } from "../queryEditor/jsonBodyProblem";
import type { QueryFormProps } from "../queryEditor/queryFormProps";
import { BindingTextArea } from "../shared/components/BindingTextArea";
import type { KindForms } from "./KindForms";

/** A GraphQL datasource's form: an endpoint and the same headers as REST. */
export interface GraphqlDatasourceForm extends HttpFormFields {
  kind: "graphql";
  name: string;
  endpoint: string;
}

/** The URL queries POST to, as its field and messages name it. */
const urlField = { field: "endpoint", label: "Endpoint", placeholder: "https://api.example.com/graphql" };

/** A GraphQL API: the endpoint queries POST to, headers (some secret) as for REST, a timeout. */
function GraphqlDatasourceFields({ form, edit, error }: DatasourceFormProps<GraphqlDatasourceForm>) {
  return (
    <HttpDatasourceFields
      url={{ ...urlField, value: form.endpoint, onValue: (endpoint) => edit({ endpoint }) }}
      form={form}
      edit={edit}
      error={error}
    />
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
  fieldLabels: { [urlField.field]: urlField.label, ...httpFieldLabels },
  formOf: (datasource) => ({
    kind: "graphql",
    name: datasource.name,
    endpoint: datasource.endpoint,
    ...httpFormFieldsOf(datasource),
  }),
  emptyForm: () => ({ kind: "graphql", name: "", endpoint: "", ...emptyHttpFormFields() }),
  bodyOf: (form) => {
    const http = httpBodyFieldsOf(form);
    if ("error" in http) return http;
    return {
      body: { kind: "graphql", name: form.name.trim(), endpoint: form.endpoint.trim(), ...http.fields },
    };
  },
  unchangedBody: unchangedHttpBody,
  DatasourceForm: GraphqlDatasourceFields,
  QueryForm: GraphqlQueryForm,
};
