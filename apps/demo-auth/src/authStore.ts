import { createHash, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import {
  badJwt,
  invalidCredentials,
  refreshTokenAlreadyUsed,
  refreshTokenNotFound,
  sessionNotFound,
} from "./goTrueError";
import type { AccessTokenClaims, Hs256Jwt } from "./hs256Jwt";

/** A seeded account of the demo server. */
export interface DemoUserSeed {
  email: string;
  password: string;
  userMetadata?: Record<string, unknown>;
}

/** A user as GoTrue presents it in token answers and `GET /user`. */
export interface GoTrueUser {
  id: string;
  aud: string;
  role: string;
  email: string;
  email_confirmed_at: string;
  phone: string;
  confirmed_at: string;
  last_sign_in_at: string | null;
  app_metadata: { provider: string; providers: string[] };
  user_metadata: Record<string, unknown>;
  identities: unknown[];
  created_at: string;
  updated_at: string;
  is_anonymous: boolean;
}

/** GoTrue's token answer. */
export interface TokenPair {
  access_token: string;
  token_type: "bearer";
  expires_in: number;
  expires_at: number;
  refresh_token: string;
  user: GoTrueUser;
}

interface StoredUser {
  user: GoTrueUser;
  passwordDigest: Buffer;
}

interface Session {
  id: string;
  userId: string;
  signedInAt: number;
  /** Every refresh token of the session: the family that reuse of any used one revokes. */
  refreshTokens: Set<string>;
}

interface RefreshToken {
  sessionId: string;
  used: boolean;
}

export interface AuthStoreOptions {
  jwt: Hs256Jwt;
  issuer: string;
  tokenTtlSeconds: number;
  users: DemoUserSeed[];
  /** Oldest sessions are dropped beyond this, so a long benchmark cannot exhaust memory. */
  maxSessions?: number;
}

/**
 * The in-memory state of the demo auth server: users, sessions and rotating refresh tokens.
 * Each method either returns its answer or throws a GoTrueError.
 */
export class AuthStore {
  private readonly usersByEmail = new Map<string, StoredUser>();
  private readonly usersById = new Map<string, StoredUser>();
  private readonly sessions = new Map<string, Session>();
  private readonly refreshTokens = new Map<string, RefreshToken>();
  private readonly maxSessions: number;

  constructor(private readonly options: AuthStoreOptions) {
    this.maxSessions = options.maxSessions ?? 50_000;
    const createdAt = new Date().toISOString();
    for (const seed of options.users) {
      const user: GoTrueUser = {
        id: randomUUID(),
        aud: "authenticated",
        role: "authenticated",
        email: seed.email.toLowerCase(),
        email_confirmed_at: createdAt,
        phone: "",
        confirmed_at: createdAt,
        last_sign_in_at: null,
        app_metadata: { provider: "email", providers: ["email"] },
        user_metadata: seed.userMetadata ?? {},
        identities: [],
        created_at: createdAt,
        updated_at: createdAt,
        is_anonymous: false,
      };
      const stored = { user, passwordDigest: digest(seed.password) };
      this.usersByEmail.set(user.email, stored);
      this.usersById.set(user.id, stored);
    }
  }

  /** Password grant. Unknown email and wrong password answer the same, as GoTrue does. */
  signIn(email: string, password: string): TokenPair {
    const stored = this.usersByEmail.get(email.trim().toLowerCase());
    // Compare even for an unknown email so the answer time does not reveal which emails exist.
    const given = digest(password);
    const matches = timingSafeEqual(given, stored?.passwordDigest ?? digest(""));
    if (!stored || !matches) throw invalidCredentials();
    const now = Date.now();
    stored.user.last_sign_in_at = new Date(now).toISOString();
    const session: Session = {
      id: randomUUID(),
      userId: stored.user.id,
      signedInAt: now,
      refreshTokens: new Set(),
    };
    this.sessions.set(session.id, session);
    this.evictOldSessions();
    return this.issue(session, stored.user);
  }

  /**
   * Refresh grant with rotation: each refresh token works once. Presenting a used one again
   * means it leaked, so the whole session (every token of its family) is revoked.
   */
  refresh(refreshToken: string): TokenPair {
    const token = this.refreshTokens.get(refreshToken);
    const session = token && this.sessions.get(token.sessionId);
    if (!token || !session) throw refreshTokenNotFound();
    if (token.used) {
      this.endSession(session);
      throw refreshTokenAlreadyUsed();
    }
    token.used = true;
    const stored = this.usersById.get(session.userId);
    if (!stored) throw refreshTokenNotFound();
    return this.issue(session, stored.user);
  }

  /** The claims of a live access token: well signed, unexpired, and its session not ended. */
  authenticate(accessToken: string): AccessTokenClaims {
    const result = this.options.jwt.verify(accessToken, Date.now() / 1000);
    if (!result.ok) throw badJwt(result.failure);
    if (!this.sessions.has(result.claims.session_id)) throw sessionNotFound();
    return result.claims;
  }

  userById(id: string): GoTrueUser {
    const stored = this.usersById.get(id);
    if (!stored) throw sessionNotFound();
    return stored.user;
  }

  /** Ends sessions as GoTrue's `scope` says: this one, all of the user's, or all but this one. */
  signOut(claims: AccessTokenClaims, scope: "local" | "global" | "others"): void {
    for (const session of [...this.sessions.values()]) {
      if (session.userId !== claims.sub) continue;
      const isCurrent = session.id === claims.session_id;
      if (scope === "global" || (scope === "local" && isCurrent) || (scope === "others" && !isCurrent)) {
        this.endSession(session);
      }
    }
  }

  private issue(session: Session, user: GoTrueUser): TokenPair {
    const iat = Math.floor(Date.now() / 1000);
    const exp = iat + this.options.tokenTtlSeconds;
    const claims: AccessTokenClaims = {
      iss: this.options.issuer,
      sub: user.id,
      aud: user.aud,
      exp,
      iat,
      email: user.email,
      phone: user.phone,
      role: user.role,
      aal: "aal1",
      session_id: session.id,
      is_anonymous: false,
      app_metadata: user.app_metadata,
      user_metadata: user.user_metadata,
      amr: [{ method: "password", timestamp: Math.floor(session.signedInAt / 1000) }],
    };
    const refreshToken = randomBytes(16).toString("base64url");
    this.refreshTokens.set(refreshToken, { sessionId: session.id, used: false });
    session.refreshTokens.add(refreshToken);
    return {
      access_token: this.options.jwt.sign(claims),
      token_type: "bearer",
      expires_in: this.options.tokenTtlSeconds,
      expires_at: exp,
      refresh_token: refreshToken,
      user,
    };
  }

  private endSession(session: Session): void {
    for (const token of session.refreshTokens) this.refreshTokens.delete(token);
    this.sessions.delete(session.id);
  }

  private evictOldSessions(): void {
    // Maps iterate in insertion order, so the first sessions are the oldest.
    for (const session of this.sessions.values()) {
      if (this.sessions.size <= this.maxSessions) break;
      this.endSession(session);
    }
  }
}

/**
 * A fixed-length digest of a password. The demo keeps plain seeded passwords in memory, so a
 * slow password hash would only slow every sign-in (and the proxy benchmark) for no gain.
 */
function digest(password: string): Buffer {
  return createHash("sha256").update(password, "utf8").digest();
}
