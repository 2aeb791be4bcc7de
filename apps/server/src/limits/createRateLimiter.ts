import { decideRate, type RateCount } from "./decideRate";
import type { RateLimit, RateLimiter } from "./RateLimiter";

type Entry = RateCount;

/** Keys kept before expired ones are swept, then the oldest dropped. */
const MAX_KEYS = 100_000;

/**
 * Makes a rate limiter for this process, in memory. Limits that must hold across
 * server processes come from createStoreRateLimiters; createMemoryRateLimiters makes these.
 *
 * @example
 * const perIp = createRateLimiter({ points: 300, windowMs: 60_000 });
 * const { allowed, retryAfterSeconds } = await perIp.consume(`ip:${req.ip}`);
 */
export function createRateLimiter(limit: RateLimit, now: () => number = Date.now): RateLimiter {
  const entries = new Map<string, Entry>();

  const live = (key: string, at: number): Entry | undefined => {
    const entry = entries.get(key);
    if (entry && entry.windowEnd <= at && entry.blockedUntil <= at) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };

  const fresh = (key: string, at: number): Entry => {
    // A flood of distinct keys (spoofed IPs, random emails) must not grow the map without
    // bound. Dropping the oldest key forgets its count, which is the lesser harm.
    if (entries.size >= MAX_KEYS) {
      for (const k of [...entries.keys()]) live(k, at);
      if (entries.size >= MAX_KEYS) {
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
    }
    const entry = { consumed: 0, windowEnd: at + limit.windowMs, blockedUntil: 0 };
    entries.set(key, entry);
    return entry;
  };

  const decide = (entry: Entry | undefined, at: number, pending: number) =>
    decideRate(entry, limit, at, pending);

  return {
    async consume(key, cost = 1) {
      const at = now();
      let entry = live(key, at);
      if (!entry) entry = fresh(key, at);
      else if (entry.windowEnd <= at) {
        entry.consumed = 0;
        entry.windowEnd = at + limit.windowMs;
      }
      entry.consumed += cost;
      return decide(entry, at, 0);
    },
    async get(key) {
      const at = now();
      return decide(live(key, at), at, 1);
    },
    async block(key, seconds) {
      const at = now();
      const entry = live(key, at) ?? fresh(key, at);
      entry.blockedUntil = Math.max(entry.blockedUntil, at + seconds * 1000);
    },
    async delete(key) {
      entries.delete(key);
    },
  };
}
