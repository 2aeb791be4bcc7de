/** What a limiter answers for one key. */
export interface RateDecision {
  allowed: boolean;
  /** Points counted in the key's current window, this call included. */
  consumed: number;
  /** Seconds until the key may go on (0 when allowed and not blocked). */
  retryAfterSeconds: number;
}

/**
 * Counts points per key in fixed windows, like rate-limiter-flexible's limiters. Every limit
 * of the server (sign-up, login failures, query runs) goes through this interface, made by
 * the app's `RateLimiters`: in the store (createStoreRateLimiters), so every server process
 * on the database counts together, or in this process's memory (createMemoryRateLimiters:
 * the run limits on SQLite, see createApp).
 */
export interface RateLimiter {
  /** Counts `cost` (1 by default) against the key; refused once the window's points run out. */
  consume(key: string, cost?: number): Promise<RateDecision>;
  /** Whether one more point would be allowed now, without counting it. */
  get(key: string): Promise<RateDecision>;
  /** Refuses the key for `seconds` from now, whatever its count (progressive delays). */
  block(key: string, seconds: number): Promise<void>;
  /** Forgets the key: its count and any block. */
  delete(key: string): Promise<void>;
}

/** A limiter's size: `points` per key in each window of `windowMs`. */
export interface RateLimit {
  points: number;
  windowMs: number;
}

/** One key to count a point against, in `RateLimiters.consumeEach`. */
export interface RateTakeOf {
  limiter: RateLimiter;
  key: string;
}

/**
 * Where the app's limiters count: the store (shared by all processes on the database; the
 * login and sign-up limits on either dialect, the run limits on PostgreSQL) or this process's
 * memory (the run limits on SQLite, and unit tests with a fake clock). createApp decides.
 *
 * @example
 * const perIp = limiters.create("signup:ip", { points: 20, windowMs: 3_600_000 });
 * const [ip, app] = await limiters.consumeEach([{ limiter: perIp, key: req.ip }, { limiter: perApp, key: appId }]);
 */
export interface RateLimiters {
  /**
   * A limiter of `limit` whose keys are kept apart from other limiters' by `name`. Limiters
   * of one name share their counts (across processes, for the store's).
   */
  create(name: string, limit: RateLimit): RateLimiter;
  /**
   * Counts one point against each key, as `consume` would, in one step (one statement on the
   * store: the run path pays one round trip for all its limits). The limiters must be this
   * factory's, and the (limiter, key) pairs distinct. Answers in the order given.
   */
  consumeEach(takes: readonly RateTakeOf[]): Promise<RateDecision[]>;
}
