import type { RateLimit, RateLimiters } from "../limits/RateLimiter";

/** What the limiter says before a password is checked. */
export interface LoginCheck {
  /** Seconds this client must wait before trying this account again; 0 to go ahead. */
  retryAfterSeconds: number;
  /**
   * This client failed on this account before, or its IP failed on many accounts: its
   * password hash waits in the small lane, so guessing cannot starve everyone's sign-in.
   */
  suspect: boolean;
}

/**
 * Slows password guessing without handing attackers a lockout. Failures are counted per
 * (account, client IP), per account and per IP:
 * - a client (account + IP) gets a few free failures, then waits twice as long after each
 *   further one (1 s, 2 s, 4 s ... up to a cap); a success clears its count;
 * - an account with 100 failures in an hour (OWASP ASVS 2.2.1) refuses every client that has
 *   failed on it until the hour is over;
 * - an IP with many failures across accounts gets no free failures.
 * A client that has not failed on an account is never refused, so a flood of wrong passwords
 * cannot lock the owner out. Behind a proxy without TRUST_PROXY every client shares the
 * proxy's IP, and with it the count.
 */
export interface LoginLimiter {
  check(email: string, ip: string): Promise<LoginCheck>;
  recordFailure(email: string, ip: string): Promise<void>;
  /** Clears the client's failures on the account (not the account's or the IP's totals). */
  recordSuccess(email: string, ip: string): Promise<void>;
}

export interface LoginLimits {
  /** Failures of one client on one account before delays start. */
  freeFailures: number;
  /** The longest delay between two attempts of one client on one account. */
  maxDelaySeconds: number;
  /** How long a client's failures on an account are remembered. */
  clientWindowMs: number;
  /** Failures per account (all clients) past which failed clients are refused. */
  perAccount: RateLimit;
  /** Failures per IP (all accounts) past which the IP gets no free failures. */
  perIp: RateLimit;
}

const DEFAULT_LIMITS: LoginLimits = {
  freeFailures: 3,
  maxDelaySeconds: 15 * 60,
  clientWindowMs: 24 * 60 * 60 * 1000,
  perAccount: { points: 100, windowMs: 60 * 60 * 1000 },
  perIp: { points: 20, windowMs: 15 * 60 * 1000 },
};

/**
 * Makes a login limiter counting in `limiters`: the app's, so that every server process on
 * the database counts the same failures.
 */
export function createLoginLimiter(
  limiters: RateLimiters,
  limits: LoginLimits = DEFAULT_LIMITS,
): LoginLimiter {
  // The client counter never refuses by count (only by its blocks): it just remembers.
  const clients = limiters.create("login:client", {
    points: Number.MAX_SAFE_INTEGER,
    windowMs: limits.clientWindowMs,
  });
  const accounts = limiters.create("login:account", limits.perAccount);
  const ips = limiters.create("login:ip", limits.perIp);
  // A newline cannot occur in a parsed email or IP, so the pair key is unambiguous.
  const clientKey = (email: string, ip: string) => `${email}\n${ip}`;

  return {
    async check(email, ip) {
      const client = await clients.get(clientKey(email, ip));
      const ipState = await ips.get(ip);
      // Never refused, but an address with a few recent failures (on any accounts) hashes in
      // the slower lane: a flood of guesses at unknown emails must not delay clean sign-ins.
      if (client.consumed === 0) {
        return { retryAfterSeconds: 0, suspect: ipState.consumed >= limits.freeFailures };
      }
      const account = await accounts.get(email);
      return {
        retryAfterSeconds: Math.max(client.retryAfterSeconds, account.retryAfterSeconds),
        suspect: true,
      };
    },
    async recordFailure(email, ip) {
      const key = clientKey(email, ip);
      // One step for the three counts: a flood of failures costs the store one statement each.
      const [ipState, , client] = await limiters.consumeEach([
        { limiter: ips, key: ip },
        { limiter: accounts, key: email },
        { limiter: clients, key },
      ]);
      const beyond = client.consumed - (ipState.allowed ? limits.freeFailures : 0);
      if (beyond > 0) await clients.block(key, Math.min(limits.maxDelaySeconds, 2 ** (beyond - 1)));
    },
    async recordSuccess(email, ip) {
      await clients.delete(clientKey(email, ip));
    },
  };
}
