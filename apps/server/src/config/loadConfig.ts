import { resolve } from "node:path";
import { type RateLimitSettings, readRateLimits } from "./readRateLimits";

/** An invitation link is valid for 7 days. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** Everything the server reads from its environment, parsed once at start. */
export interface ServerConfig {
  port: number;
  dataDir: string;
  /**
   * DATABASE_URL: a postgres:// (or postgresql://) URL to keep everything in PostgreSQL.
   * Unset: the embedded SQLite file `tessera.db` in dataDir.
   */
  databaseUrl: string | undefined;
  /** Raw TESSERA_SECRET_KEY (base64 or hex of 32 bytes); a key file in dataDir when unset. */
  secretKey: string | undefined;
  /** TESSERA_SECRET_KEY_PREVIOUS: the old key, set for one start to re-encrypt under the new one. */
  secretKeyPrevious: string | undefined;
  webDist: string;
  demoAuthUrl: string;
  demoAuthApiKey: string;
  seedAdminEmail: string;
  seedAdminPassword: string | undefined;
  /** Refuse datasources on private addresses; on by default exactly when sign-up is open. */
  blockPrivateNetworks: boolean;
  /** Anyone may create an account (the first account of an install always may). Off by default. */
  signupEnabled: boolean;
  logLevel: string;
  /** How long an invitation link stays valid (INVITATION_TTL_MS, 7 days); tests shorten it to see links expire. */
  invitationTtlMs: number;
  /** scrypt cost N for new password hashes; stored with each hash, so changing it is safe. */
  passwordHashCost: number;
  sessionTtlMs: number;
  /** An app visitor's vault session ends after this long unused (12 hours)... */
  appSessionIdleMs: number;
  /** ...and this long after it began, whatever the use (7 days). Tests shorten both. */
  appSessionMaxMs: number;
  /**
   * Express "trust proxy" (TRUST_PROXY): set it behind a TLS-terminating proxy so the
   * request's protocol, host and client IP (Secure cookies, the Origin check, login limits)
   * come from X-Forwarded-* headers. false by default: those headers are forgeable.
   */
  trustProxy: boolean | number | string;
  /**
   * The origin browsers reach the server at (PUBLIC_URL, e.g. https://tessera.example.com):
   * the one Host and Origin accepted, besides `allowedHosts`. Unset: localhost, 127.0.0.1,
   * [::1] and this machine's name, on the port the server listens on.
   */
  publicUrl: string | undefined;
  /** More `host[:port]` names the server answers to (ALLOWED_HOSTS, comma-separated). */
  allowedHosts: string[];
  /**
   * Parse every answer with its route's response schema and fail loudly on a mismatch
   * (CHECK_RESPONSES). On in tests, so presenters cannot drift from the model's schemas.
   */
  checkResponses: boolean;
  rateLimits: RateLimitSettings;
}

function readTrustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === "" || value === "false" || value === "0") return false;
  if (value === "true") return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

function readPublicUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const url = URL.parse(value);
  // A typo here would refuse every request, so it stops the start instead.
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || url.username || url.password) {
    throw new Error(`PUBLIC_URL must be an http or https URL such as https://tessera.example.com: ${value}`);
  }
  return url.origin;
}

function readDatabaseUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const url = URL.parse(value);
  // Anything else would silently mean SQLite to some and an error to others: refuse it at start.
  if (!url || (url.protocol !== "postgres:" && url.protocol !== "postgresql:")) {
    throw new Error(
      "DATABASE_URL must be a PostgreSQL URL such as postgres://user:password@host:5432/tessera " +
        "(leave it unset for the embedded SQLite database in DATA_DIR)",
    );
  }
  return value;
}

function readList(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean);
}

const SERVER_ROOT = resolve(import.meta.dirname, "..", "..");

function readBoolean(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === "") return fallback;
  return !["0", "false", "no", "off"].includes(value.trim().toLowerCase());
}

function readPort(value: string | undefined, fallback: number): number {
  const port = Number(value);
  return Number.isInteger(port) && port >= 0 && port < 65536 && value !== undefined && value !== ""
    ? port
    : fallback;
}

/**
 * Reads the server configuration from environment variables (see README for the list).
 *
 * @example const config = loadConfig(process.env);
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): ServerConfig {
  const signupEnabled = readBoolean(env.SIGNUP_ENABLED, false);
  return {
    port: readPort(env.PORT, 3000),
    dataDir: resolve(env.DATA_DIR || "./data"),
    databaseUrl: readDatabaseUrl(env.DATABASE_URL),
    secretKey: env.TESSERA_SECRET_KEY || undefined,
    secretKeyPrevious: env.TESSERA_SECRET_KEY_PREVIOUS || undefined,
    webDist: resolve(env.WEB_DIST || resolve(SERVER_ROOT, "..", "web", "dist")),
    demoAuthUrl: env.DEMO_AUTH_URL || "http://localhost:3001/auth/v1",
    demoAuthApiKey: env.DEMO_AUTH_API_KEY || "demo-anon-key",
    seedAdminEmail: (env.SEED_ADMIN_EMAIL || "admin@tessera.local").trim().toLowerCase(),
    seedAdminPassword: env.SEED_ADMIN_PASSWORD || undefined,
    // Strangers who can sign up could otherwise point a datasource at the internal network.
    blockPrivateNetworks: readBoolean(env.BLOCK_PRIVATE_NETWORKS, signupEnabled),
    signupEnabled,
    logLevel: env.LOG_LEVEL || "info",
    invitationTtlMs: INVITATION_TTL_MS,
    passwordHashCost: 2 ** 17,
    sessionTtlMs: 14 * 24 * 60 * 60 * 1000,
    appSessionIdleMs: 12 * 60 * 60 * 1000,
    appSessionMaxMs: 7 * 24 * 60 * 60 * 1000,
    trustProxy: readTrustProxy(env.TRUST_PROXY),
    publicUrl: readPublicUrl(env.PUBLIC_URL),
    allowedHosts: readList(env.ALLOWED_HOSTS),
    checkResponses: readBoolean(env.CHECK_RESPONSES, false),
    rateLimits: readRateLimits(env),
  };
}
