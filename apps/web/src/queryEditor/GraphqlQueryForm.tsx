import type { GraphqlQueryConfig } from "@tessera/model";
import { BindingTextArea } from "../editor/components/BindingTextArea";
import { CodeEditor } from "../monaco/CodeEditor";
import { DatasourceSelect } from "./DatasourceSelect";
import { jsonBodyProblem } from "./jsonBodyProblem";
import type { QueryFormProps } from "./queryFormProps";

/**
 * A GraphQL operation: its text as written (no bindings there), and variables as a JSON
 * document whose values may be bindings, sent as JSON values.
 */
export function GraphqlQueryForm({
  config,
  onChange,
  datasources,
  bindingExample,
}: QueryFormProps<GraphqlQueryConfig>) {
  const binding = `{{${bindingExample}}}`;
  const variablesProblem = jsonBodyProblem(config.variables);
  return (
    <>
      <div className="request-line">
        <DatasourceSelect config={config} datasources={datasources} onChange={onChange} />
      </div>
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
