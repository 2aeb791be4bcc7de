import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import express, { type NextFunction, type Request, type Response } from "express";
import { z } from "zod";
import { AuthStore, type DemoUserSeed } from "./authStore";
import {
  badJson,
  GoTrueError,
  invalidCredentials,
  noAuthorization,
  notFound,
  unsupportedGrantType,
  validationFailed,
} from "./goTrueError";
import { createHs256Jwt } from "./hs256Jwt";

/** The accounts every demo auth server starts with. */
export const DEFAULT_DEMO_USERS: DemoUserSeed[] = [
  { email: "demo@example.com", password: "password123", userMetadata: { name: "Demo User" } },
  { email: "second@example.com", password: "password456", userMetadata: { name: "Second User" } },
];

export interface DemoAuthServerOptions {
  /** Value every request must carry in its `apikey` header. Default "demo-anon-key". */
  apiKey?: string;
  /** Access token lifetime in seconds. Default 3600. */
  tokenTtlSeconds?: number;
  users?: DemoUserSeed[];
  /** The `iss` claim of access tokens; GoTrue puts its public URL there. */
  issuer?: string;
}

const passwordGrantSchema = z.object({ email: z.string().optional(), password: z.string().optional() });
const refreshGrantSchema = z.object({ refresh_token: z.string().optional() });
const logoutScopeSchema = z.enum(["local", "global", "others"]).catch("local");

/**
 * A subset of Supabase Auth (GoTrue) under `/auth/v1`: password and refresh-token grants,
 * logout and the current user, with GoTrue's field names and error shapes. State is in
 * memory and the signing secret is random per process, so a restart signs everyone out.
 * Returns an http.Server that is not listening yet.
 *
 * @example createDemoAuthServer({ tokenTtlSeconds: 1 }).listen(0, "127.0.0.1")
 */
export function createDemoAuthServer(options: DemoAuthServerOptions = {}): Server {
  const apiKey = options.apiKey ?? "demo-anon-key";
  const store = new AuthStore({
    jwt: createHs256Jwt(randomBytes(32)),
    issuer: options.issuer ?? "http://localhost:3001/auth/v1",
    tokenTtlSeconds: options.tokenTtlSeconds ?? 3600,
    users: options.users ?? DEFAULT_DEMO_USERS,
  });

  const app = express();
  app.disable("x-powered-by");
  app.disable("etag");

  // Unauthenticated liveness for container health checks, outside the API-key gateway.
  app.get("/health", (_req, res) => {
    res.json({ ok: true });
  });

  const auth = express.Router();
  // Supabase's gateway checks the project key before GoTrue sees the request.
  auth.use((req, res, next) => {
    const given = req.get("apikey") ?? (typeof req.query.apikey === "string" ? req.query.apikey : undefined);
    if (!given) {
      res.status(401).json({ message: "No API key found in request" });
      return;
    }
    if (given !== apiKey) {
      res.status(401).json({ message: "Invalid API key" });
      return;
    }
    next();
  });
  auth.use(express.json());

  auth.get("/health", (_req, res) => {
    res.json({
      version: "demo",
      name: "GoTrue",
      description: "Tessera demo auth (GoTrue-compatible subset)",
    });
  });

  auth.post("/token", (req, res) => {
    const body: unknown = req.body ?? {};
    switch (req.query.grant_type) {
      case "password": {
        const parsed = passwordGrantSchema.safeParse(body);
        if (!parsed.success) throw validationFailed("email and password must be strings");
        const { email, password } = parsed.data;
        if (!email) throw validationFailed("missing email or phone");
        if (!password) throw invalidCredentials();
        res.json(store.signIn(email, password));
        return;
      }
      case "refresh_token": {
        const parsed = refreshGrantSchema.safeParse(body);
        if (!parsed.success || !parsed.data.refresh_token)
          throw validationFailed("Refresh token is required");
        res.json(store.refresh(parsed.data.refresh_token));
        return;
      }
      default:
        throw unsupportedGrantType();
    }
  });

  auth.post("/logout", (req, res) => {
    const claims = store.authenticate(bearerToken(req));
    store.signOut(claims, logoutScopeSchema.parse(req.query.scope));
    res.status(204).end();
  });

  auth.get("/user", (req, res) => {
    const claims = store.authenticate(bearerToken(req));
    res.json(store.userById(claims.sub));
  });

  auth.use(() => {
    throw notFound();
  });

  app.use("/auth/v1", auth);
  app.use((_req, res) => {
    res.status(404).json({ message: "no Route matched with those values" });
  });
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const answer = toGoTrueError(error);
    res.status(answer.status).json(answer);
  });

  return createServer(app);
}

function bearerToken(req: Request): string {
  const match = /^Bearer\s+(\S+)$/i.exec(req.get("authorization") ?? "");
  if (!match) throw noAuthorization();
  return match[1];
}

function toGoTrueError(error: unknown): GoTrueError {
  if (error instanceof GoTrueError) return error;
  // body-parser marks its own failures (bad JSON, too large) with a status and a type.
  const parseError = error as { status?: number; type?: string; message?: string };
  if (parseError.type === "entity.parse.failed") return badJson(parseError.message ?? "invalid JSON");
  if (parseError.status === 413) return new GoTrueError(413, "request_too_large", "Request body too large");
  console.error(error);
  return new GoTrueError(500, "unexpected_failure", "Unexpected failure");
}
