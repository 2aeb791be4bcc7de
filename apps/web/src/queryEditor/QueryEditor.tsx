import { kindFormsOf } from "../kindForms/kindFormsOf";
import { DatasourceSelect } from "./DatasourceSelect";
import type { QueryEditorProps } from "./queryFormProps";

/**
 * The config part of a query, in the form of its kind (kindForms/<kind>.tsx); shared by app
 * queries and query modules. A kind this build has no form for (stored by a newer server) gets
 * a message, not a crash.
 */
export function QueryEditor(props: QueryEditorProps) {
  const kind: string = props.config.kind ?? "rest";
  const Form = kindFormsOf(kind)?.QueryForm;
  if (!Form) {
    return (
      <p className="error small" role="alert">
        This editor cannot edit queries of kind “{kind}”.
      </p>
    );
  }
  return (
    <Form
      {...props}
      datasourceSelect={
        <DatasourceSelect config={props.config} datasources={props.datasources} onChange={props.onChange} />
      }
    />
  );
}
