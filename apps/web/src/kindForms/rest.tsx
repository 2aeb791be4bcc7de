import { type HttpMethod, httpMethodSchema, type RestDatasource, type RestQueryConfig } from "@tessera/model";
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
import { jsonBodyProblem } from "../queryEditor/jsonBodyProblem";
import type { QueryFormProps } from "../queryEditor/queryFormProps";
import { BindingTextArea } from "../shared/components/BindingTextArea";
import { KeyValueEditor } from "../shared/components/KeyValueEditor";
import { Link } from "../shared/components/Link";
import type { KindForms } from "./KindForms";

/** A REST datasource's form. */
export interface RestDatasourceForm extends HttpFormFields {
  kind: "rest";
  name: string;
  baseUrl: string;
}

/** The URL calls go under, as its field and messages name it. */
const urlField = { field: "baseUrl", label: "Base URL", placeholder: "https://api.example.com/v1" };

/** A REST API: base URL, headers (some secret) and a timeout. */
function RestDatasourceFields({ form, edit, error }: DatasourceFormProps<RestDatasourceForm>) {
  return (
    <HttpDatasourceFields
      url={{ ...urlField, value: form.baseUrl, onValue: (baseUrl) => edit({ baseUrl }) }}
      form={form}
      edit={edit}
      error={error}
    />
  );
}

/** A REST call: datasource, method, path, query params, headers and body, each able to hold bindings. */
function RestQueryForm({
  config,
  onChange,
  datasources,
  datasourceSelect,
  bindingExample,
}: QueryFormProps<RestQueryConfig>) {
  const set = (patch: Partial<RestQueryConfig>, field: string) => onChange({ ...config, ...patch }, field);
  const selected = datasources?.find((d) => d.id === config.datasourceId);
  const bodyProblem = jsonBodyProblem(config.body);
  const binding = `{{${bindingExample}}}`;

  return (
    <>
      <div className="request-line">
        {datasourceSelect}
        <label>
          Method
          <select
            value={config.method}
            onChange={(e) => set({ method: e.target.value as HttpMethod }, "method")}
          >
            {httpMethodSchema.options.map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
        </label>
        <label className="grow">
          Path
          <input
            type="text"
            className="ae-code"
            value={config.path}
            placeholder={`/users/${binding}`}
            spellCheck={false}
            onChange={(e) => set({ path: e.target.value }, "path")}
          />
        </label>
      </div>
      {datasources && datasources.length === 0 && (
        <p className="note">
          This workspace has no datasource yet. <Link href="/">Create one from the home page.</Link>
        </p>
      )}
      {selected?.kind === "rest" && (
        <p className="muted small">
          {config.method} {selected.baseUrl.replace(/\/$/, "")}
          {config.path.startsWith("/") || !config.path ? "" : "/"}
          {config.path}
        </p>
      )}
      <h3>Query params</h3>
      <KeyValueEditor
        noun="query param"
        rows={config.queryParams}
        onChange={(queryParams) => set({ queryParams }, "params")}
      />
      <h3>Headers</h3>
      <KeyValueEditor
        noun="header"
        rows={config.headers}
        onChange={(headers) => set({ headers }, "headers")}
      />
      <h3>Body</h3>
      <BindingTextArea
        aria-label="Body"
        value={config.body}
        rows={6}
        placeholder={`{ "email": ${binding} }`}
        onChange={(body) => set({ body }, "body")}
      />
      {bodyProblem && (
        <p className="error small" role="status">
          {bodyProblem}
        </p>
      )}
      <p className="hint">
        Bindings like <code>{binding}</code> are filled in when the query runs; in a JSON body, write them
        without quotes.
      </p>
    </>
  );
}

/** REST: a base URL with headers; a query is a method, path, params, headers and body. */
export const kindForms: KindForms<RestDatasourceForm, RestQueryConfig, RestDatasource> = {
  kind: "rest",
  label: "REST API",
  order: 1,
  summary: (datasource) => datasource.baseUrl,
  movedSecrets: "The base URL now points to another server",
  fieldLabels: { [urlField.field]: urlField.label, ...httpFieldLabels },
  formOf: (datasource) => ({
    kind: "rest",
    name: datasource.name,
    baseUrl: datasource.baseUrl,
    ...httpFormFieldsOf(datasource),
  }),
  emptyForm: () => ({ kind: "rest", name: "", baseUrl: "", ...emptyHttpFormFields() }),
  bodyOf: (form) => {
    const http = httpBodyFieldsOf(form);
    if ("error" in http) return http;
    return { body: { kind: "rest", name: form.name.trim(), baseUrl: form.baseUrl.trim(), ...http.fields } };
  },
  unchangedBody: unchangedHttpBody,
  DatasourceForm: RestDatasourceFields,
  QueryForm: RestQueryForm,
};
