import { type PostgresSslMode, postgresSslModeSchema } from "@tessera/model";
import { DatasourceField, FieldErrorText } from "./DatasourceField";
import type { PostgresDatasourceForm as PostgresForm } from "./datasourceForm";
import type { DatasourceFormProps } from "./datasourceFormProps";

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
export function PostgresDatasourceForm({ form, edit, error }: DatasourceFormProps<PostgresForm>) {
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
