import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { RestDatasource } from "@tessera/model";
import { type FormEvent, useState } from "react";
import {
  type DatasourceTestResult,
  datasourceQueryOptions,
  datasourcesQueryOptions,
  testDatasource,
  updateDatasource,
} from "../../api/datasources";
import { ErrorMessage, errorText } from "../components/ErrorMessage";
import { Link } from "../components/Link";
import { LoadFailedPage } from "../components/LoadFailedPage";
import { Loading } from "../components/Loading";
import { useSaveShortcut } from "../hooks/useSaveShortcut";
import { useUnsavedWorkGuard } from "../hooks/useUnsavedWorkGuard";
import { clearedSecretsMessage } from "./clearedSecretsMessage";
import { type DatasourceForm, formOf, inputOf } from "./datasourceForm";
import { HeaderRows } from "./HeaderRows";

/** The datasource editor (`/datasources/:id`): loads it, then edits it in {@link DatasourceFormView}. */
export function DatasourceEditor({ datasourceId }: { datasourceId: string }) {
  const datasource = useQuery(datasourceQueryOptions(datasourceId));
  if (datasource.isPending) return <Loading />;
  if (datasource.isError)
    return <LoadFailedPage error={datasource.error} prefix="Could not load the datasource" />;
  if (datasource.data.kind !== "rest")
    return (
      <p className="error" role="alert">
        This editor cannot edit datasources of kind “{datasource.data.kind}”.
      </p>
    );
  return <DatasourceFormView datasource={datasource.data} />;
}

type Status = { kind: "idle" } | { kind: "saving" } | { kind: "saved" } | { kind: "failed"; message: string };

function DatasourceFormView({ datasource }: { datasource: RestDatasource }) {
  const queryClient = useQueryClient();
  // The form is a copy made once; a successful save replaces it with the server's answer.
  const [form, setForm] = useState<DatasourceForm>(() => formOf(datasource));
  const [dirty, setDirty] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [testResult, setTestResult] = useState<DatasourceTestResult | null>(null);
  const [testError, setTestError] = useState<unknown>(null);
  const [testing, setTesting] = useState(false);
  // Secrets the last save dropped because the base URL moved to another origin.
  const [clearedSecrets, setClearedSecrets] = useState<string[]>([]);
  useUnsavedWorkGuard(dirty);

  const edit = (patch: Partial<DatasourceForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setDirty(true);
  };

  const save = async (): Promise<boolean> => {
    const parsed = inputOf(form);
    if ("error" in parsed) {
      setStatus({ kind: "failed", message: parsed.error });
      return false;
    }
    setStatus({ kind: "saving" });
    try {
      const { datasource: saved, clearedSecrets } = await updateDatasource(datasource.id, parsed.input);
      setClearedSecrets(clearedSecrets);
      queryClient.setQueryData(datasourceQueryOptions(datasource.id).queryKey, saved);
      await queryClient.invalidateQueries({
        queryKey: datasourcesQueryOptions(datasource.workspaceId).queryKey,
      });
      // The answer is of the kind sent: REST.
      if (saved.kind === "rest") setForm(formOf(saved));
      setDirty(false);
      setStatus({ kind: "saved" });
      return true;
    } catch (cause) {
      setStatus({ kind: "failed", message: errorText(cause) });
      return false;
    }
  };

  const test = async () => {
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

  return (
    <main className="page datasource-editor">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/">Workspaces</Link> / Datasource
      </nav>
      <form className="form" onSubmit={onSubmit} aria-label="Datasource">
        <div className="section-head">
          <h1>{form.name || "Datasource"}</h1>
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
        <label>
          Name
          <input
            value={form.name}
            onChange={(e) => edit({ name: e.target.value })}
            required
            maxLength={100}
          />
        </label>
        <label>
          Base URL
          <input
            type="url"
            value={form.baseUrl}
            onChange={(e) => edit({ baseUrl: e.target.value })}
            required
            placeholder="https://api.example.com/v1"
          />
        </label>
        <HeaderRows rows={form.headers} onChange={(headers) => edit({ headers })} />
        <label>
          Timeout (ms)
          <input
            type="number"
            min={100}
            max={120000}
            step={100}
            value={form.timeoutMs}
            onChange={(e) => edit({ timeoutMs: e.target.value })}
          />
        </label>
        {clearedSecrets.length > 0 && (
          <div className="notice" role="alert">
            <p>{clearedSecretsMessage(clearedSecrets)}</p>
          </div>
        )}
        {status.kind === "failed" && (
          <p className="error" role="alert">
            {status.message}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={status.kind === "saving"}>
            Save
          </button>
          <button type="button" onClick={test} disabled={testing || status.kind === "saving"}>
            {testing ? "Testing…" : "Test"}
          </button>
        </div>
      </form>
      <section aria-label="Test result" className="test-result">
        {testResult && (
          <p className={testResult.ok ? "ok" : "error"} role="status">
            {testResult.ok ? "Connection OK" : "Connection failed"}
            {testResult.status !== undefined ? ` (HTTP ${testResult.status})` : ""}: {testResult.message}
          </p>
        )}
        <ErrorMessage error={testError} prefix="Test failed" />
      </section>
    </main>
  );
}
