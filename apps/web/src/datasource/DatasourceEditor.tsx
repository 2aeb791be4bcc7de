import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { Datasource, DatasourceKindName } from "@tessera/model";
import { type ComponentType, type FormEvent, useState } from "react";
import { isApiError } from "../api/ApiRequestError";
import {
  createDatasource,
  type DatasourceTestResult,
  datasourceQueryOptions,
  datasourceSchemaQueryOptions,
  datasourcesQueryOptions,
  testDatasource,
  updateDatasource,
} from "../api/datasources";
import type { KindForms } from "../kindForms/KindForms";
import { allKindForms, kindFormsOf } from "../kindForms/kindFormsOf";
import { ErrorMessage, errorText } from "../shared/components/ErrorMessage";
import { Link } from "../shared/components/Link";
import { LoadFailedPage } from "../shared/components/LoadFailedPage";
import { Loading } from "../shared/components/Loading";
import { useSaveShortcut } from "../shared/hooks/useSaveShortcut";
import { useUnsavedWorkGuard } from "../shared/hooks/useUnsavedWorkGuard";
import { navigate } from "../shell/router";
import { clearedSecretsMessage } from "./clearedSecretsMessage";
import { DatasourceField } from "./DatasourceField";
import {
  type DatasourceForm,
  emptyForm,
  type FieldError,
  fieldErrorOfResponse,
  formOf,
  inputOf,
} from "./datasourceForm";
import type { DatasourceFormProps } from "./datasourceFormProps";

/** The datasource editor (`/datasources/:id`): loads it, then edits it in {@link DatasourceFormView}. */
export function DatasourceEditor({ datasourceId }: { datasourceId: string }) {
  const datasource = useQuery(datasourceQueryOptions(datasourceId));
  if (datasource.isPending) return <Loading />;
  if (datasource.isError)
    return <LoadFailedPage error={datasource.error} prefix="Could not load the datasource" />;
  return (
    <DatasourceFormView
      workspaceId={datasource.data.workspaceId}
      datasource={datasource.data}
      initialForm={formOf(datasource.data)}
    />
  );
}

/**
 * A new datasource (`/workspaces/:id/datasources/new`): a kind picker, then the form of that
 * kind. Saving creates it and opens its editor.
 */
export function NewDatasourcePage({ workspaceId }: { workspaceId: string }) {
  const [kind, setKind] = useState<DatasourceKindName>("rest");
  return (
    <DatasourceFormView
      key={kind}
      workspaceId={workspaceId}
      datasource={null}
      initialForm={emptyForm(kind)}
      kindPicker={
        <fieldset className="kind-picker">
          <legend>Kind</legend>
          {allKindForms().map((k) => (
            <label key={k.kind} className="inline">
              <input
                type="radio"
                name="datasource-kind"
                value={k.kind}
                checked={kind === k.kind}
                onChange={() => setKind(k.kind)}
              />
              {k.label}
            </label>
          ))}
        </fieldset>
      }
    />
  );
}

type Status = { kind: "idle" } | { kind: "saving" } | { kind: "saved" } | { kind: "failed"; message: string };

function DatasourceFormView({
  workspaceId,
  datasource,
  initialForm,
  kindPicker,
}: {
  workspaceId: string;
  /** Null for a datasource not created yet. */
  datasource: Datasource | null;
  initialForm: DatasourceForm;
  kindPicker?: React.ReactNode;
}) {
  const queryClient = useQueryClient();
  // The form is a copy made once; a successful save replaces it with the server's answer.
  const [form, setForm] = useState<DatasourceForm>(initialForm);
  const [dirty, setDirty] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [fieldError, setFieldError] = useState<FieldError | null>(null);
  const [testResult, setTestResult] = useState<DatasourceTestResult | null>(null);
  const [testError, setTestError] = useState<unknown>(null);
  const [testing, setTesting] = useState(false);
  // Secrets the last save dropped because the datasource moved to another server.
  const [clearedSecrets, setClearedSecrets] = useState<string[]>([]);
  useUnsavedWorkGuard(dirty);

  const edit = (patch: Partial<DatasourceForm>) => {
    setForm((f) => ({ ...f, ...patch }) as DatasourceForm);
    setDirty(true);
  };

  const failed = (error: FieldError | null, message: string) => {
    setFieldError(error);
    setStatus({ kind: "failed", message });
    return false;
  };

  const save = async (): Promise<boolean> => {
    const parsed = inputOf(form);
    if ("error" in parsed) return failed(parsed.error, parsed.error.message);
    setFieldError(null);
    setStatus({ kind: "saving" });
    try {
      let saved: Datasource;
      if (datasource) {
        const result = await updateDatasource(datasource.id, parsed.input);
        saved = result.datasource;
        setClearedSecrets(result.clearedSecrets);
      } else {
        saved = await createDatasource(workspaceId, parsed.input);
      }
      queryClient.setQueryData(datasourceQueryOptions(saved.id).queryKey, saved);
      await queryClient.invalidateQueries({ queryKey: datasourcesQueryOptions(workspaceId).queryKey });
      // The connection may point elsewhere now: its tables are read again.
      await queryClient.invalidateQueries({ queryKey: datasourceSchemaQueryOptions(saved.id).queryKey });
      setDirty(false);
      if (!datasource) {
        navigate(`/datasources/${encodeURIComponent(saved.id)}`, { replace: true, force: true });
        return true;
      }
      setForm(formOf(saved));
      setStatus({ kind: "saved" });
      return true;
    } catch (cause) {
      // Nothing typed is lost: the form keeps its state, the field at fault says why.
      const field = isApiError(cause, 400) ? fieldErrorOfResponse(cause.path, cause.message) : null;
      return failed(field, errorText(cause));
    }
  };

  const test = async () => {
    if (!datasource) return;
    setTestResult(null);
    setTestError(null);
    // The test runs against the stored datasource: save first so it tests what is on screen.
    if (dirty && !(await save())) return;
    setTesting(true);
    try {
      setTestResult(await testDatasource(datasource.id));
    } catch (cause) {
      setTestError(cause);
    } finally {
      setTesting(false);
    }
  };

  useSaveShortcut(() => void save());

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };

  // Known to be there: the form was made by this kind's own forms.
  const kindForms = kindFormsOf(form.kind) as KindForms;
  const KindForm = kindForms.DatasourceForm as ComponentType<DatasourceFormProps>;
  const Panel = datasource ? kindFormsOf(datasource.kind)?.DatasourcePanel : undefined;
  const title = form.name || (datasource ? "Datasource" : "New datasource");

  return (
    <main className="page datasource-editor">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/">Workspaces</Link> / {datasource ? "Datasource" : "New datasource"}
      </nav>
      <form className="form" onSubmit={onSubmit} aria-label="Datasource">
        <div className="section-head">
          <h1>{title}</h1>
          <span className="muted">{kindForms.label}</span>
          <span className="save-status" role="status" aria-live="polite">
            {status.kind === "saving"
              ? "Saving…"
              : status.kind === "failed"
                ? "Not saved"
                : dirty
                  ? "Unsaved changes"
                  : status.kind === "saved"
                    ? "Saved"
                    : ""}
          </span>
        </div>
        {kindPicker}
        <DatasourceField
          label="Name"
          field="name"
          error={fieldError}
          value={form.name}
          onValue={(name) => edit({ name })}
          required
          maxLength={100}
        />
        <KindForm form={form} edit={edit} error={fieldError} />
        {clearedSecrets.length > 0 && (
          <div className="notice" role="alert">
            <p>{clearedSecretsMessage(clearedSecrets, form.kind)}</p>
          </div>
        )}
        {status.kind === "failed" && !fieldError && (
          <p className="error" role="alert">
            {status.message}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={status.kind === "saving"}>
            {datasource ? "Save" : "Create datasource"}
          </button>
          {datasource && (
            <button type="button" onClick={test} disabled={testing || status.kind === "saving"}>
              {testing ? "Testing…" : "Test connection"}
            </button>
          )}
        </div>
        {!datasource && <p className="hint">Create the datasource to test its connection.</p>}
      </form>
      {datasource && (
        <section aria-label="Test result" className="test-result">
          {testResult && (
            <p className={testResult.ok ? "ok" : "error"} role="status">
              {testResult.ok ? "Connection OK" : "Connection failed"}
              {testResult.status !== undefined ? ` (HTTP ${testResult.status})` : ""}: {testResult.message}
            </p>
          )}
          <ErrorMessage error={testError} prefix="Test failed" />
        </section>
      )}
      {datasource && Panel && <Panel datasource={datasource} />}
    </main>
  );
}
