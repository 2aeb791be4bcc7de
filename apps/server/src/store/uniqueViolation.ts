/**
 * Whether a write failed on a UNIQUE constraint, in either dialect: SQLite's
 * SQLITE_CONSTRAINT_UNIQUE, PostgreSQL's SQLSTATE 23505. Lets a repository turn the race a
 * check inside the transaction cannot close (two instances taking one app slug on
 * PostgreSQL) into the same error the check gives.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE";
}
