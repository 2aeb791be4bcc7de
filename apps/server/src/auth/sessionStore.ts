import { createHash, randomBytes } from "node:crypto";
import type { Statement } from "better-sqlite3";
import type { Db } from "../db/openDatabase";
import type { SessionUser } from "./sessionUser";

/** Session tokens are stored as sha256 digests, so a leaked database holds no usable cookie. */
export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Creates a session and returns its raw token (the cookie value), 32 random bytes. */
export function createSession(db: Db, userId: string, ttlMs: number): { token: string; expiresAt: number } {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = Date.now() + ttlMs;
  db.prepare("INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)").run(
    hashSessionToken(token),
    userId,
    new Date().toISOString(),
    expiresAt,
  );
  return { token, expiresAt };
}

// Every signed-in API request looks its session up: the statement is compiled once per database.
const sessionUserStatements = new WeakMap<Db, Statement>();

/** The user of a live session, or null for an unknown or expired token. */
export function findSessionUser(db: Db, token: string): SessionUser | null {
  let statement = sessionUserStatements.get(db);
  if (!statement) {
    statement = db.prepare(
      `SELECT u.id, u.email, u.name, u.is_instance_admin AS isInstanceAdmin, s.expires_at AS expiresAt
       FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?`,
    );
    sessionUserStatements.set(db, statement);
  }
  const row = statement.get(hashSessionToken(token)) as
    | { id: string; email: string; name: string; isInstanceAdmin: number; expiresAt: number }
    | undefined;
  if (!row) return null;
  if (row.expiresAt <= Date.now()) {
    deleteSession(db, token);
    return null;
  }
  return { id: row.id, email: row.email, name: row.name, isInstanceAdmin: row.isInstanceAdmin === 1 };
}

/** Ends a session; unknown tokens are ignored. */
export function deleteSession(db: Db, token: string): void {
  db.prepare("DELETE FROM sessions WHERE token_hash = ?").run(hashSessionToken(token));
}

/** Drops expired sessions; called at start. */
export function purgeExpiredSessions(db: Db): number {
  return db.prepare("DELETE FROM sessions WHERE expires_at <= ?").run(Date.now()).changes;
}
