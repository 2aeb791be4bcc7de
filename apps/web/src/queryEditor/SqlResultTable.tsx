import { type SqlRunResult, sqlRunResultSchema } from "@tessera/model";

/** The answer of a SQL run when `body` is one (`{rows, fields, rowCount, truncated}`), else null. */
export function sqlResultOf(body: unknown): SqlRunResult | null {
  const parsed = sqlRunResultSchema.safeParse(body);
  return parsed.success ? parsed.data : null;
}

/** Rows shown at most; the rest are counted, not drawn (the Table widget is for real use). */
const SHOWN_ROWS = 100;

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** A SQL run's rows as a small table, with its row count and whether the row cap cut it. */
export function SqlResultTable({ result }: { result: SqlRunResult }) {
  const shown = result.rows.slice(0, SHOWN_ROWS);
  const columns = result.fields.length
    ? result.fields
    : Object.keys(result.rows[0] ?? {}).map((name) => ({ name, type: "" }));
  return (
    <div className="sql-result">
      <p className="run-summary" data-testid="sql-summary">
        {result.rows.length} {result.rows.length === 1 ? "row" : "rows"}
        {result.rowCount !== null && result.rowCount !== result.rows.length
          ? ` (row count ${result.rowCount})`
          : ""}
        {result.truncated && (
          <strong className="truncated" role="status">
            {" "}
            Truncated: the datasource's row cap cut the result.
          </strong>
        )}
      </p>
      {columns.length > 0 && (
        <div className="sql-result-scroll">
          <table className="sql-result-table" aria-label="Rows">
            <thead>
              <tr>
                {columns.map((field) => (
                  <th key={field.name} scope="col" title={field.type}>
                    {field.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((row, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
                <tr key={index}>
                  {columns.map((field) => (
                    <td key={field.name}>{cellText(row[field.name])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {result.rows.length > SHOWN_ROWS && (
        <p className="muted small">The first {SHOWN_ROWS} rows are shown.</p>
      )}
    </div>
  );
}
