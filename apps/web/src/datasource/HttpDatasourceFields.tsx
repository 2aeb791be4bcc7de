import { DatasourceField, FieldErrorText } from "./DatasourceField";
import type { FieldError } from "./datasourceFormState";
import { HeaderRows } from "./HeaderRows";
import { type HttpFormFields, httpFieldLabels } from "./httpFormFields";

/**
 * An HTTP datasource's fields (REST, GraphQL): the URL its calls go to, named by the kind
 * (`baseUrl`, `endpoint`), headers (some secret) and a timeout.
 */
export function HttpDatasourceFields({
  url,
  form,
  edit,
  error,
}: {
  url: {
    label: string;
    /** The body's key of the URL. */
    field: string;
    placeholder: string;
    value: string;
    onValue: (value: string) => void;
  };
  form: HttpFormFields;
  edit: (patch: Partial<HttpFormFields>) => void;
  error: FieldError | null;
}) {
  return (
    <>
      <DatasourceField
        label={url.label}
        field={url.field}
        error={error}
        type="url"
        value={url.value}
        onValue={url.onValue}
        required
        placeholder={url.placeholder}
      />
      <HeaderRows rows={form.headers} onChange={(headers) => edit({ headers })} />
      {error?.field === "headers" && <FieldErrorText error={error} />}
      <DatasourceField
        label={httpFieldLabels.timeoutMs}
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
