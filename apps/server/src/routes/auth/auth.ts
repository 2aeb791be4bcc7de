import { loginBodySchema, signupBodySchema, userSchema } from "@tessera/model";
import { z } from "zod";
import { createLoginLimiter, type LoginLimiter } from "../../auth/loginLimiter";
import { hashPassword, verifyPassword } from "../../auth/passwordHasher";
import { clearSessionCookie, readCookie, SESSION_COOKIE, setSessionCookie } from "../../auth/sessionCookie";
import { createSession, deleteSession } from "../../auth/sessionStore";
import { userCreator } from "../../commands/userCreator";
import { ApiError, tooManyRequests } from "../../errors";
import { presentUser, type UserRow } from "../../presenters/presentUser";
import type { ApiRegistry } from "../../registry/apiRegistry";
import { route } from "../../registry/route";

const userResponse = z.object({ user: userSchema });

/** Sign-up, login, logout, the current user and the public auth settings. */
export function authRoutes(api: ApiRegistry, limiter: LoginLimiter = createLoginLimiter()): void {
  const { db, config } = api.context;
  // Verifying against a real hash for unknown emails keeps their timing equal to known ones.
  const dummyHash = hashPassword("not a password", config.passwordHashCost);
  dummyHash.catch(() => {});

  route(api, {
    method: "post",
    path: "/api/v1/auth/signup",
    summary: "Create an account and sign in (the first account becomes instance admin)",
    auth: "public",
    body: signupBodySchema,
    status: 201,
    response: userResponse,
    handler: async ({ req, res, body }) => {
      const passwordHash = await hashPassword(body.password, config.passwordHashCost);
      const row = userCreator(db, {
        email: body.email,
        name: body.name,
        passwordHash,
        signupEnabled: config.signupEnabled,
      });
      const session = createSession(db, row.id, config.sessionTtlMs);
      setSessionCookie(req, res, session.token, session.expiresAt);
      return { user: presentUser(row) };
    },
  });

  route(api, {
    method: "post",
    path: "/api/v1/auth/login",
    summary: "Sign in with email and password",
    auth: "public",
    body: loginBodySchema,
    response: userResponse,
    handler: async ({ req, res, body }) => {
      const ip = req.ip ?? req.socket.remoteAddress ?? "unknown";
      const wait = limiter.retryAfter(body.email, ip);
      if (wait > 0) throw tooManyRequests(wait);
      const row = db.prepare("SELECT * FROM users WHERE email = ?").get(body.email) as UserRow | undefined;
      const ok = await verifyPassword(body.password, row?.password_hash ?? (await dummyHash));
      if (!row || !ok) {
        limiter.recordFailure(body.email, ip);
        throw new ApiError(401, "invalid_credentials", "Wrong email or password");
      }
      limiter.recordSuccess(body.email);
      const session = createSession(db, row.id, config.sessionTtlMs);
      setSessionCookie(req, res, session.token, session.expiresAt);
      return { user: presentUser(row) };
    },
  });

  route(api, {
    method: "post",
    path: "/api/v1/auth/logout",
    summary: "End the current session",
    auth: "public",
    status: 204,
    handler: ({ req, res }) => {
      const token = readCookie(req, SESSION_COOKIE);
      if (token) deleteSession(db, token);
      clearSessionCookie(req, res);
      return undefined;
    },
  });

  route(api, {
    method: "get",
    path: "/api/v1/auth/me",
    summary: "The signed-in user",
    auth: "user",
    response: userResponse,
    handler: ({ user }) => ({ user }),
  });

  route(api, {
    method: "get",
    path: "/api/v1/auth/config",
    summary: "Whether sign-up is open and whether any account exists",
    auth: "public",
    response: z.object({ signupEnabled: z.boolean(), hasUsers: z.boolean() }),
    handler: () => {
      const hasUsers = db.prepare("SELECT 1 FROM users LIMIT 1").get() !== undefined;
      return { signupEnabled: config.signupEnabled || !hasUsers, hasUsers };
    },
  });
}
