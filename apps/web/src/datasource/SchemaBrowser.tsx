import { useQuery } from "@tanstack/react-query";
import { datasourceSchemaQueryOptions } from "../api/datasources";
import { ErrorMessage } from "../shared/components/ErrorMessage";

/**
 * The tables of a PostgreSQL datasource, each folding out to its columns and their types:
 * what the SQL editor completes. Refresh reads them again after the database changed.
 */
export function SchemaBrowser({ datasourceId }: { datasourceId: string }) {
  const schema = useQuery(datasourceSchemaQueryOptions(datasourceId));
  return (
    <section className="schema-browser" aria-labelledby="schema-title" aria-busy={schema.isFetching}>
      <div className="section-head">
        <h2 id="schema-title">Schema</h2>
        <button type="button" onClick={() => void schema.refetch()} disabled={schema.isFetching}>
          {schema.isFetching ? "Loading…" : "Refresh schema"}
        </button>
      </div>
      {schema.isPending && !schema.isError ? (
        <p className="muted">Loading the tables…</p>
      ) : schema.isError ? (
        <ErrorMessage error={schema.error} prefix="Could not read the schema" />
      ) : schema.data.tables.length === 0 ? (
        <p className="empty">No tables this user can see. Create one, then refresh.</p>
      ) : (
        <ul className="schema-tables" aria-label="Tables">
          {schema.data.tables.map((table) => {
            const name = table.schema === "public" ? table.name : `${table.schema}.${table.name}`;
            return (
              <li key={`${table.schema}.${table.name}`}>
                <details>
                  <summary>
                    {name} <span className="muted">({table.columns.length} columns)</span>
                  </summary>
                  <table className="schema-columns" aria-label={`Columns of ${name}`}>
                    <tbody>
                      {table.columns.map((column) => (
                        <tr key={column.name}>
                          <th scope="row">{column.name}</th>
                          <td>
                            <code>{column.type}</code>
                            {column.nullable ? "" : " not null"}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </details>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
