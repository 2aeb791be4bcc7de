import type { LimitsRepository } from "../store/repositories/limits";
import { decideRate } from "./decideRate";
import type { RateLimit, RateLimiter, RateLimiters } from "./RateLimiter";

/** How often (at most) one process sweeps dead counts out of `rate_limits`. */
const SWEEP_EVERY_MS = 60 * 1000;

/**
 * Limiters counting in the store's `rate_limits`, so every server process on the database
 * answers from the same counts: a login guess through one instance counts on all. Each
 * consume is one atomic upsert (one round trip on PostgreSQL); reads, blocks and deletes are
 * one statement each. Dead counts are swept once a minute, off the request's path.
 *
 * Not rate-limiter-flexible's RateLimiterPostgres: it opens its own pool and table outside
 * the store's migrations, and it has no way to count several keys in one round trip, which
 * the run path needs.
 *
 * @example const limiters = createStoreRateLimiters(store.limits);
 */
export function createStoreRateLimiters(
  limits: LimitsRepository,
  options: { now?: () => number; onSweepError?: (error: unknown) => void } = {},
): RateLimiters {
  const now = options.now ?? Date.now;
  const named = new WeakMap<RateLimiter, { name: string; limit: RateLimit }>();
  let lastSweep = now();

  const sweep = (at: number) => {
    if (at - lastSweep < SWEEP_EVERY_MS) return;
    lastSweep = at;
    limits.deleteExpired(at).catch((error) => options.onSweepError?.(error));
  };

  const consumeEach: RateLimiters["consumeEach"] = async (takes) => {
    const at = now();
    sweep(at);
    const resolved = takes.map(({ limiter, key }) => {
      const known = named.get(limiter);
      if (!known) throw new Error("consumeEach takes limiters made by the same RateLimiters");
      return { ...known, key };
    });
    const counts = await limits.consume(
      resolved.map(({ name, limit, key }) => ({ limiter: name, key, cost: 1, windowMs: limit.windowMs })),
      at,
    );
    return counts.map((count, index) => decideRate(count, resolved[index].limit, at, 0));
  };

  return {
    create(name, limit) {
      const limiter: RateLimiter = {
        async consume(key, cost = 1) {
          const at = now();
          sweep(at);
          const [count] = await limits.consume([{ limiter: name, key, cost, windowMs: limit.windowMs }], at);
          return decideRate(count, limit, at, 0);
        },
        async get(key) {
          const at = now();
          return decideRate(await limits.find(name, key), limit, at, 1);
        },
        async block(key, seconds) {
          const at = now();
          await limits.block(name, key, at + seconds * 1000, at + limit.windowMs);
        },
        delete: (key) => limits.delete(name, key),
      };
      named.set(limiter, { name, limit });
      return limiter;
    },
    consumeEach,
  };
}
