import { type HttpMethod, httpMethodSchema, type RestQueryConfig } from "@tessera/model";
import { BindingTextArea } from "../editor/components/BindingTextArea";
import { KeyValueEditor } from "../editor/components/KeyValueEditor";
import { Link } from "../editor/components/Link";
import { DatasourceSelect } from "./DatasourceSelect";
import { jsonBodyProblem } from "./jsonBodyProblem";
import type { QueryFormProps } from "./queryFormProps";

/** A REST call: datasource, method, path, query params, headers and body, each able to hold bindings. */
export function RestQueryForm({
  config,
  onChange,
  datasources,
  bindingExample,
}: QueryFormProps<RestQueryConfig>) {
  const set = (patch: Partial<RestQueryConfig>, field: string) => onChange({ ...config, ...patch }, field);
  const selected = datasources?.find((d) => d.id === config.datasourceId);
  const bodyProblem = jsonBodyProblem(config.body);
  const binding = `{{${bindingExample}}}`;

  return (
    <>
      <div className="request-line">
        <DatasourceSelect config={config} datasources={datasources} onChange={onChange} />
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
