import { DatasourceField, FieldErrorText } from "./DatasourceField";
import type { RestDatasourceForm as RestForm } from "./datasourceForm";
import type { DatasourceFormProps } from "./datasourceFormProps";
import { HeaderRows } from "./HeaderRows";

/** A REST API: base URL, headers (some secret) and a timeout. */
export function RestDatasourceForm({ form, edit, error }: DatasourceFormProps<RestForm>) {
  return (
    <>
      <DatasourceField
        label="Base URL"
        field="baseUrl"
        error={error}
        type="url"
        value={form.baseUrl}
        onValue={(baseUrl) => edit({ baseUrl })}
        required
        placeholder="https://api.example.com/v1"
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
