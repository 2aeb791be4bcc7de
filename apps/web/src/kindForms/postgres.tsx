import { useQuery } from "@tanstack/react-query";
import {
  type PostgresDatasource,
  type PostgresQueryConfig,
  type PostgresSslMode,
  postgresSslModeSchema,
} from "@tessera/model";
import { useMemo } from "react";
import { datasourceSchemaQueryOptions } from "../api/datasources";
import { DatasourceField, FieldErrorText } from "../datasource/DatasourceField";
import type { DatasourceFormProps } from "../datasource/datasourceFormProps";
import { numberOf } from "../datasource/datasourceFormState";
import { SchemaBrowser } from "../datasource/SchemaBrowser";
import { CodeEditor } from "../monaco/CodeEditor";
import type { QueryFormProps } from "../queryEditor/queryFormProps";
import { sqlCompletions } from "../queryEditor/sqlCompletions";
import type { KindForms } from "./KindForms";

/** A PostgreSQL datasource's form; the stored password is never known, only whether there is one. */
export interface PostgresDatasourceForm {
  kind: "postgres";
  name: string;
  host: string;
  port: string;
  database: string;
  user: string;
  /** What the author typed; empty keeps a stored password. */
  password: string;
  /** True when the server holds a password. */
  storedPassword: boolean;
  /** True when the author asked to remove the stored password. */
  clearPassword: boolean;
  sslMode: PostgresSslMode;
  readOnly: boolean;
  statementTimeoutMs: string;
  rowCap: string;
}

const SSL_MODE_LABELS: Record<PostgresSslMode, string> = {
  disable: "disable (no TLS)",
  prefer: "prefer (TLS when the server offers it)",
  require: "require (TLS, certificate not checked)",
  "verify-full": "verify-full (TLS, certificate and host name checked)",
};

/**
 * A PostgreSQL server: where it is, who connects, and the limits every query runs under. The
 * password is write-only: a stored one shows as a placeholder, typing replaces it.
 */
function PostgresDatasourceFields({ form, edit, error }: DatasourceFormProps<PostgresDatasourceForm>) {
  const passwordPlaceholder = form.clearPassword
    ? "No password (removed on save)"
    : form.storedPassword
      ? "•••• saved; type to replace"
      : "Password";
  return (
    <>
      <div className="field-row">
        <DatasourceField
          label="Host"
          field="host"
          error={error}
          value={form.host}
          onValue={(host) => edit({ host })}
          required
          placeholder="db.internal"
          spellCheck={false}
        />
        <DatasourceField
          label="Port"
          field="port"
          error={error}
          type="number"
          min={1}
          max={65535}
          value={form.port}
          onValue={(port) => edit({ port })}
        />
      </div>
      <DatasourceField
        label="Database"
        field="database"
        error={error}
        value={form.database}
        onValue={(database) => edit({ database })}
        required
        spellCheck={false}
      />
      <DatasourceField
        label="User"
        field="user"
        error={error}
        value={form.user}
        onValue={(user) => edit({ user })}
        required
        autoComplete="off"
        spellCheck={false}
      />
      <div className="field-row">
        <DatasourceField
          label="Password"
          field="password"
          error={error}
          type="password"
          autoComplete="new-password"
          value={form.password}
          placeholder={passwordPlaceholder}
          onValue={(password) => edit({ password, clearPassword: false })}
        />
        {form.storedPassword && !form.clearPassword && (
          <button type="button" onClick={() => edit({ password: "", clearPassword: true })}>
            Remove password
          </button>
        )}
      </div>
      <label>
        SSL mode
        <select value={form.sslMode} onChange={(e) => edit({ sslMode: e.target.value as PostgresSslMode })}>
          {postgresSslModeSchema.options.map((mode) => (
            <option key={mode} value={mode}>
              {SSL_MODE_LABELS[mode]}
            </option>
          ))}
        </select>
      </label>
      {error?.field === "sslMode" && <FieldErrorText error={error} />}
      <label className="inline">
        <input
          type="checkbox"
          checked={form.readOnly}
          onChange={(e) => edit({ readOnly: e.target.checked })}
        />
        Read-only (every query runs in a read-only transaction)
      </label>
      <div className="field-row">
        <DatasourceField
          label="Statement timeout (ms)"
          field="statementTimeoutMs"
          error={error}
          type="number"
          min={100}
          step={100}
          value={form.statementTimeoutMs}
          onValue={(statementTimeoutMs) => edit({ statementTimeoutMs })}
        />
        <DatasourceField
          label="Row cap"
          field="rowCap"
          error={error}
          type="number"
          min={1}
          value={form.rowCap}
          onValue={(rowCap) => edit({ rowCap })}
        />
      </div>
    </>
  );
}

/**
 * A SQL statement for a PostgreSQL datasource, in Monaco's PostgreSQL mode (loaded lazily),
 * completing the datasource's tables and columns. Every binding becomes a bind parameter.
 */
function SqlQueryForm({
  config,
  onChange,
  datasourceSelect,
  bindingExample,
}: QueryFormProps<PostgresQueryConfig>) {
  const schema = useQuery({
    ...datasourceSchemaQueryOptions(config.datasourceId ?? ""),
    enabled: config.datasourceId !== null,
  });
  const completions = useMemo(() => sqlCompletions(schema.data), [schema.data]);
  const binding = `{{${bindingExample}}}`;
  return (
    <>
      <div className="request-line">{datasourceSelect}</div>
      <h3>SQL</h3>
      <CodeEditor
        language="pgsql"
        aria-label="SQL"
        value={config.sql}
        onChange={(sql) => onChange({ ...config, sql }, "sql")}
        completions={completions}
        height={180}
      />
      {schema.isError && (
        <p className="muted small" role="status">
          Table and column names are not completed: the schema could not be read.
        </p>
      )}
      <p className="hint">
        Bindings like <code>{binding}</code> are sent as parameters, never pasted into the SQL: write{" "}
        <code>WHERE email = {binding}</code>, without quotes.
      </p>
    </>
  );
}

/** PostgreSQL: a server, a user and a write-only password; a query is SQL; a saved one shows its schema. */
export const kindForms: KindForms<PostgresDatasourceForm, PostgresQueryConfig, PostgresDatasource> = {
  kind: "postgres",
  label: "PostgreSQL",
  order: 2,
  summary: (datasource) =>
    `PostgreSQL ${datasource.user}@${datasource.host}:${datasource.port}/${datasource.database}`,
  movedSecrets: "The host, port or database changed",
  fieldLabels: {
    host: "Host",
    port: "Port",
    database: "Database",
    user: "User",
    password: "Password",
    sslMode: "SSL mode",
    readOnly: "Read-only",
    statementTimeoutMs: "Statement timeout (ms)",
    rowCap: "Row cap",
  },
  formOf: (datasource) => ({
    kind: "postgres",
    name: datasource.name,
    host: datasource.host,
    port: String(datasource.port),
    database: datasource.database,
    user: datasource.user,
    password: "",
    storedPassword: datasource.hasPassword,
    clearPassword: false,
    sslMode: datasource.sslMode,
    readOnly: datasource.readOnly,
    statementTimeoutMs: String(datasource.statementTimeoutMs),
    rowCap: String(datasource.rowCap),
  }),
  emptyForm: () => ({
    kind: "postgres",
    name: "",
    host: "",
    port: "5432",
    database: "",
    user: "",
    password: "",
    storedPassword: false,
    clearPassword: false,
    sslMode: "prefer",
    readOnly: false,
    statementTimeoutMs: "10000",
    rowCap: "10000",
  }),
  bodyOf: (form) => {
    // Empty keeps the stored password (or sets none); "" is sent only to remove it.
    const password = form.password !== "" ? form.password : form.clearPassword ? "" : undefined;
    return {
      body: {
        kind: "postgres",
        name: form.name.trim(),
        host: form.host.trim(),
        port: numberOf(form.port),
        database: form.database.trim(),
        user: form.user.trim(),
        ...(password !== undefined ? { password } : {}),
        sslMode: form.sslMode,
        readOnly: form.readOnly,
        statementTimeoutMs: numberOf(form.statementTimeoutMs),
        rowCap: numberOf(form.rowCap),
      },
    };
  },
  // Without its password, which the API reads as "keep the stored one".
  unchangedBody: ({
    id: _id,
    workspaceId: _workspaceId,
    updatedAt: _updatedAt,
    hasPassword: _hasPassword,
    ...fields
  }) => fields,
  DatasourceForm: PostgresDatasourceFields,
  DatasourcePanel: ({ datasource }) => <SchemaBrowser datasourceId={datasource.id} />,
  QueryForm: SqlQueryForm,
};
