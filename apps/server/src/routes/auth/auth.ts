import { loginBodySchema, signupBodySchema, userSchema } from "@tessera/model";
import { z } from "zod";
import { createHashQueue } from "../../auth/createHashQueue";
import { createLoginLimiter } from "../../auth/loginLimiter";
import { hashPassword, verifyPassword } from "../../auth/passwordHasher";
import { clearSessionCookie, readCookie, SESSION_COOKIE, setSessionCookie } from "../../auth/sessionCookie";
import { createSession, deleteSession } from "../../auth/sessionStore";
import { assertUserCreatable, userCreator } from "../../commands/userCreator";
import { ApiError, tooManyRequests } from "../../errors";
import { clientIp } from "../../limits/clientIp";
import { presentUser } from "../../presenters/presentUser";
import type { ApiRegistry } from "../../registry/apiRegistry";
import { route } from "../../registry/route";

const userResponse = z.object({ user: userSchema });

/** Sign-up, login, logout, the current user and the public auth settings. */
export function authRoutes(api: ApiRegistry): void {
  const { store, config, limiters } = api.context;
  const limiter = createLoginLimiter(limiters);
  // Verifying against a real hash for unknown emails keeps their timing equal to known ones.
  const dummyHash = hashPassword("not a password", config.passwordHashCost);
  dummyHash.catch(() => {});
  const hashes = createHashQueue();
  const signupsPerIp = config.rateLimits.signupPerIp
    ? limiters.create("signup:ip", { points: config.rateLimits.signupPerIp, windowMs: 60 * 60 * 1000 })
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
      await assertUserCreatable(store, { email: body.email, signupEnabled: config.signupEnabled });
      const rate = await signupsPerIp?.consume(clientIp(req));
      if (rate && !rate.allowed)
        throw tooManyRequests(rate.retryAfterSeconds, "Too many sign-ups; try again later");
      const passwordHash = await hashes.run("suspect", clientIp(req), () =>
        hashPassword(body.password, config.passwordHashCost),
      );
      const { user, session } = await store.transaction(async (tx) => {
        const created = await userCreator(tx, {
          email: body.email,
          name: body.name,
          passwordHash,
          signupEnabled: config.signupEnabled,
        });
        return { user: created, session: await createSession(tx, created.id, config.sessionTtlMs) };
      });
      setSessionCookie(req, res, session.token, session.expiresAt);
      return { user: presentUser(user) };
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
      const user = await store.users.findByEmail(body.email);
      const stored = user?.passwordHash ?? (await dummyHash);
      const ok = await hashes.run(suspect ? "suspect" : "trusted", ip, () =>
        verifyPassword(body.password, stored),
      );
      if (!user || !ok) {
        await limiter.recordFailure(body.email, ip);
        throw new ApiError(401, "invalid_credentials", "Wrong email or password");
      }
      await limiter.recordSuccess(body.email, ip);
      const session = await createSession(store, user.id, config.sessionTtlMs);
      setSessionCookie(req, res, session.token, session.expiresAt);
      return { user: presentUser(user) };
    },
  });

  route(api, {
    method: "post",
    path: "/api/v1/auth/logout",
    summary: "End the current session",
    auth: "public",
    status: 204,
    handler: async ({ req, res }) => {
      const token = readCookie(req, SESSION_COOKIE);
      if (token) await deleteSession(store, token);
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
    handler: async () => {
      const hasUsers = await store.users.any();
      return { signupEnabled: config.signupEnabled || !hasUsers, hasUsers };
    },
  });
}
