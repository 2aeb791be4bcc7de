import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../db/openDatabase";
import type { Repositories } from "../store/Store";
import type { SessionUser } from "./sessionUser";

/** Session tokens are stored as sha256 digests, so a leaked database holds no usable cookie. */
export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Creates a session and returns its raw token (the cookie value), 32 random bytes. */
export function createSession(
  repos: Repositories,
  userId: string,
  ttlMs: number,
): Promise<{ token: string; expiresAt: number }>;
/** The same on the bare SQLite handle, for the callers that still write through it (sign-up, login, invitations). */
export function createSession(db: Db, userId: string, ttlMs: number): { token: string; expiresAt: number };
export function createSession(
  target: Repositories | Db,
  userId: string,
  ttlMs: number,
): { token: string; expiresAt: number } | Promise<{ token: string; expiresAt: number }> {
  const token = randomBytes(32).toString("base64url");
  const session = {
    tokenHash: hashSessionToken(token),
    userId,
    createdAt: new Date().toISOString(),
    expiresAt: Date.now() + ttlMs,
  };
  const result = { token, expiresAt: session.expiresAt };
  if ("sessions" in target) return target.sessions.insert(session).then(() => result);
  target
    .prepare("INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)")
    .run(session.tokenHash, session.userId, session.createdAt, session.expiresAt);
  return result;
}

/** The user of a live session, or null for an unknown or expired token (which is deleted). */
export async function findSessionUser(repos: Repositories, token: string): Promise<SessionUser | null> {
  const tokenHash = hashSessionToken(token);
  const found = await repos.sessions.findUser(tokenHash);
  if (!found) return null;
  if (found.expiresAt <= Date.now()) {
    await repos.sessions.delete(tokenHash);
    return null;
  }
  return found.user;
}

/** Ends a session; unknown tokens are ignored. */
export function deleteSession(repos: Repositories, token: string): Promise<void>;
/** The same on the bare SQLite handle, for logout until it moves to the store. */
export function deleteSession(db: Db, token: string): void;
export function deleteSession(target: Repositories | Db, token: string): void | Promise<void> {
  if ("sessions" in target) return target.sessions.delete(hashSessionToken(token));
  target.prepare("DELETE FROM sessions WHERE token_hash = ?").run(hashSessionToken(token));
}

/** Drops expired sessions; called at start. */
export function purgeExpiredSessions(repos: Repositories): Promise<number> {
  return repos.sessions.deleteExpired(Date.now());
}
