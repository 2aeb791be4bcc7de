import type { RunnablePostgresDatasource } from "../../../datasources/openDatasourceForRun";
import { ApiError } from "../../../errors";
import { OutboundFailure } from "../../checkedLookup";
import { upstreamDns, upstreamFailed, upstreamTimeout, upstreamUnreachable } from "../../executionErrors";

/** What node-postgres puts on an error the server sent (a subset of its fields). */
interface PgServerError {
  code?: string;
  message: string;
  position?: string;
  detail?: string;
  hint?: string;
}

/**
 * An error from running SQL on a datasource as an ApiError a user can act on, with
 * PostgreSQL's own message and the statement position when it gives one. It never holds the
 * password: PostgreSQL names the user, node-postgres says only that a password is needed.
 * - a SQL error (syntax, unknown table or column, read-only, constraint): 400 `sql_error`;
 * - the statement timeout: 504 `statement_timeout`;
 * - a refused login: 502 `database_auth_failed`;
 * - a refused address, nothing listening, an unknown host, a connect timeout: the same
 *   codes as HTTP calls (`address_refused`, `upstream_unreachable`, `upstream_dns`, `upstream_timeout`).
 */
export function postgresError(error: unknown, datasource: RunnablePostgresDatasource): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof OutboundFailure) return error.apiError;
  const where = `${datasource.host}:${datasource.port}`;
  const failure = error as NodeJS.ErrnoException & PgServerError;
  const message = String(failure?.message ?? error);
  const sqlState =
    typeof failure?.code === "string" && /^[0-9A-Z]{5}$/.test(failure.code) ? failure.code : null;
  if (sqlState === "57014") {
    return new ApiError(
      504,
      "statement_timeout",
      `The statement ran longer than the datasource's statement timeout (${datasource.statementTimeoutMs} ms) and was canceled: ${message}`,
    );
  }
  if (sqlState?.startsWith("28") || (!sqlState && /password|SASL|SCRAM/i.test(message))) {
    return new ApiError(
      502,
      "database_auth_failed",
      `PostgreSQL at ${where} refused the login of user ${datasource.user}: ${
        sqlState ? message : "the server asks for a password and the datasource has none"
      }. Check the user and password of the datasource.`,
    );
  }
  if (sqlState === "3D000") {
    return new ApiError(
      502,
      "database_not_found",
      `PostgreSQL at ${where}: ${message}. Check the database name.`,
    );
  }
  if (sqlState) {
    const position = failure.position ? ` (at character ${failure.position} of the statement)` : "";
    const hint = failure.hint ? ` Hint: ${failure.hint}` : "";
    return new ApiError(400, "sql_error", `PostgreSQL: ${message}${position}.${hint}`);
  }
  switch (failure?.code) {
    case "ECONNREFUSED":
      return upstreamUnreachable(where, "the connection was refused");
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return upstreamDns(datasource.host);
    case "ETIMEDOUT":
      return upstreamTimeout(where, 10_000);
  }
  if (/timeout/i.test(message)) return upstreamTimeout(where, 10_000);
  return upstreamFailed(where, message);
}
