import { loginBodySchema, signupBodySchema, userSchema } from "@tessera/model";
import { z } from "zod";
import { createHashQueue } from "../../auth/createHashQueue";
import { createLoginLimiter, type LoginLimiter } from "../../auth/loginLimiter";
import { hashPassword, verifyPassword } from "../../auth/passwordHasher";
import { clearSessionCookie, readCookie, SESSION_COOKIE, setSessionCookie } from "../../auth/sessionCookie";
import { createSession, deleteSession } from "../../auth/sessionStore";
import { assertUserCreatable, userCreator } from "../../commands/userCreator";
import { ApiError, tooManyRequests } from "../../errors";
import { clientIp } from "../../limits/clientIp";
import { createRateLimiter } from "../../limits/createRateLimiter";
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
  const hashes = createHashQueue();
  const signupsPerIp = config.rateLimits.signupPerIp
    ? createRateLimiter({ points: config.rateLimits.signupPerIp, windowMs: 60 * 60 * 1000 })
    : null;

  route(api, {
    method: "post",
    path: "/api/v1/auth/signup",
    summary: "Create an account and sign in (the first account becomes instance admin)",
    auth: "public",
    body: signupBodySchema,
    status: 201,
    response: userResponse,
    handler: async ({ req, res, body }) => {
      // Everything that can refuse the sign-up runs before the hash, the one costly step.
      assertUserCreatable(db, { email: body.email, signupEnabled: config.signupEnabled });
      const rate = await signupsPerIp?.consume(clientIp(req));
      if (rate && !rate.allowed)
        throw tooManyRequests(rate.retryAfterSeconds, "Too many sign-ups; try again later");
      const passwordHash = await hashes.run("suspect", clientIp(req), () =>
        hashPassword(body.password, config.passwordHashCost),
      );
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
      const ip = clientIp(req);
      const { retryAfterSeconds, suspect } = await limiter.check(body.email, ip);
      if (retryAfterSeconds > 0) throw tooManyRequests(retryAfterSeconds);
      const row = db.prepare("SELECT * FROM users WHERE email = ?").get(body.email) as UserRow | undefined;
      const stored = row?.password_hash ?? (await dummyHash);
      const ok = await hashes.run(suspect ? "suspect" : "trusted", ip, () =>
        verifyPassword(body.password, stored),
      );
      if (!row || !ok) {
        await limiter.recordFailure(body.email, ip);
        throw new ApiError(401, "invalid_credentials", "Wrong email or password");
      }
      await limiter.recordSuccess(body.email, ip);
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
