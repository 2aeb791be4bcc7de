import { DatasourceField, FieldErrorText } from "./DatasourceField";
import type { GraphqlDatasourceForm as GraphqlForm } from "./datasourceForm";
import type { DatasourceFormProps } from "./datasourceFormProps";
import { HeaderRows } from "./HeaderRows";

/** A GraphQL API: the endpoint queries POST to, headers (some secret) as for REST, a timeout. */
export function GraphqlDatasourceForm({ form, edit, error }: DatasourceFormProps<GraphqlForm>) {
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
