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
 * of the server (sign-up, login failures, query runs) goes through this interface so that one
 * store can later serve several server processes: the in-memory implementation is
 * `createRateLimiter`, and a shared-store one (Redis, the database) plugs in there.
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
