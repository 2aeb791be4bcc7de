import { createHash, randomBytes } from "node:crypto";
import type { Repositories } from "../store/Store";
import type { SessionUser } from "./sessionUser";

/** Session tokens are stored as sha256 digests, so a leaked database holds no usable cookie. */
export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Creates a session and returns its raw token (the cookie value), 32 random bytes. */
export async function createSession(
  repos: Repositories,
  userId: string,
  ttlMs: number,
): Promise<{ token: string; expiresAt: number }> {
  const token = randomBytes(32).toString("base64url");
  const session = {
    tokenHash: hashSessionToken(token),
    userId,
    createdAt: new Date().toISOString(),
    expiresAt: Date.now() + ttlMs,
  };
  await repos.sessions.insert(session);
  return { token, expiresAt: session.expiresAt };
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
export function deleteSession(repos: Repositories, token: string): Promise<void> {
  return repos.sessions.delete(hashSessionToken(token));
}

/** Drops expired sessions; called at start. */
export function purgeExpiredSessions(repos: Repositories): Promise<number> {
  return repos.sessions.deleteExpired(Date.now());
}
