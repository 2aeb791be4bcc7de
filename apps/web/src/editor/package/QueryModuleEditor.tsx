import { useQuery } from "@tanstack/react-query";
import type { HttpMethod, QueryConfig, QueryModule } from "@tessera/model";
import { datasourcesQueryOptions } from "../../api/datasources";
import { BindingTextArea } from "../components/BindingTextArea";
import { KeyValueEditor } from "../components/KeyValueEditor";
import { Link } from "../components/Link";
import { useEditorStore } from "../store/editorStore";
import { InputsPane } from "./InputsPane";
import { jsonBodyProblem } from "./jsonBodyProblem";
import { RunPanel } from "./RunPanel";

const methods: HttpMethod[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/** Edits a query module's REST call and inputs, and runs it. Edits go to the store's draft. */
export function QueryModuleEditor(props: {
  packageId: string;
  workspaceId: string;
  moduleId: string;
  module: QueryModule;
}) {
  const { packageId, workspaceId, moduleId, module } = props;
  const datasources = useQuery(datasourcesQueryOptions(workspaceId));
  const editModule = useEditorStore((s) => s.editModule);
  const editConfig = (patch: Partial<QueryConfig>) =>
    editModule(moduleId, (m) => (m.kind === "query" ? { ...m, config: { ...m.config, ...patch } } : m));
  const { config } = module;
  const selected = datasources.data?.find((d) => d.id === config.datasourceId);
  const bodyProblem = jsonBodyProblem(config.body);

  return (
    <div className="query-editor">
      <div className="query-main">
        <div className="request-line">
          <label>
            Datasource
            <select
              value={config.datasourceId ?? ""}
              onChange={(e) => editConfig({ datasourceId: e.target.value || null })}
            >
              <option value="">{datasources.isPending ? "Loading…" : "Choose a datasource"}</option>
              {datasources.data?.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Method
            <select
              value={config.method}
              onChange={(e) => editConfig({ method: e.target.value as HttpMethod })}
            >
              {methods.map((m) => (
                <option key={m}>{m}</option>
              ))}
            </select>
          </label>
          <label className="grow">
            Path
            <input
              value={config.path}
              placeholder="/users?active=true"
              spellCheck={false}
              onChange={(e) => editConfig({ path: e.target.value })}
            />
          </label>
        </div>
        {datasources.data && datasources.data.length === 0 && (
          <p className="note">
            This workspace has no datasource yet. <Link href="/">Create one from the home page.</Link>
          </p>
        )}
        {selected && (
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
          onChange={(queryParams) => editConfig({ queryParams })}
        />
        <h3>Headers</h3>
        <KeyValueEditor noun="header" rows={config.headers} onChange={(headers) => editConfig({ headers })} />
        <h3 id="body-label">Body</h3>
        <BindingTextArea
          aria-label="Body"
          value={config.body}
          rows={8}
          placeholder={'{ "email": {{inputs.email}} }'}
          onChange={(body) => editConfig({ body })}
        />
        {bodyProblem && (
          <p className="error small" role="status">
            {bodyProblem}
          </p>
        )}
        <p className="hint">
          Bindings like <code>{"{{inputs.email}}"}</code> are filled in when the module runs; in a JSON body,
          write them without quotes.
        </p>
        <RunPanel packageId={packageId} moduleId={moduleId} module={module} />
      </div>
      <InputsPane
        inputs={module.inputs}
        onChange={(inputs) => editModule(moduleId, (m) => ({ ...m, inputs }))}
      />
    </div>
  );
}
