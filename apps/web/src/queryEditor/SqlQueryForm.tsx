import { useQuery } from "@tanstack/react-query";
import type { PostgresQueryConfig } from "@tessera/model";
import { useMemo } from "react";
import { datasourceSchemaQueryOptions } from "../api/datasources";
import { CodeEditor } from "../monaco/CodeEditor";
import { DatasourceSelect } from "./DatasourceSelect";
import type { QueryFormProps } from "./queryFormProps";
import { sqlCompletions } from "./sqlCompletions";

/**
 * A SQL statement for a PostgreSQL datasource, in Monaco's PostgreSQL mode (loaded lazily),
 * completing the datasource's tables and columns. Every binding becomes a bind parameter.
 */
export function SqlQueryForm({
  config,
  onChange,
  datasources,
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
      <div className="request-line">
        <DatasourceSelect config={config} datasources={datasources} onChange={onChange} />
      </div>
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
