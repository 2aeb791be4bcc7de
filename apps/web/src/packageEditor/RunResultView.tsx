import type { RunResult } from "@tessera/model";
import { SqlResultTable, sqlResultOf } from "../queryEditor/SqlResultTable";
import { VaultRunSummary } from "../queryEditor/VaultRunSummary";
import { JsonTree } from "../shared/components/JsonTree";

/**
 * A run's answer: status, time, what it kept in the vault (names only), headers (folded) and
 * the body as a collapsible JSON tree.
 */
export function RunResultView({ result }: { result: RunResult }) {
  const headers = Object.entries(result.headers);
  const sql = sqlResultOf(result.body);
  return (
    <section className="run-result" aria-label="Run result">
      <p className="run-summary">
        <span className={result.ok ? "status ok" : "status error"} data-testid="run-status">
          Status {result.status}
        </span>
        <span className="muted" data-testid="run-duration">
          {Math.round(result.durationMs)} ms
        </span>
      </p>
      <VaultRunSummary vault={result.vault} />
      <details>
        <summary>Headers ({headers.length})</summary>
        <table className="headers-table">
          <tbody>
            {headers.map(([name, value]) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <h3>{sql ? "Rows" : "Body"}</h3>
      {sql ? (
        <SqlResultTable result={sql} />
      ) : result.body !== null && typeof result.body === "object" ? (
        <JsonTree value={result.body} />
      ) : (
        <pre className="run-body">
          {typeof result.body === "string" ? result.body : JSON.stringify(result.body)}
        </pre>
      )}
    </section>
  );
}
