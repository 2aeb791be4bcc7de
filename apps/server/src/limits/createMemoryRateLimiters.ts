import { createRateLimiter } from "./createRateLimiter";
import type { RateLimiters } from "./RateLimiter";

/**
 * Limiters counting in this process's memory: right only while one process serves the
 * database (the embedded SQLite default), and for unit tests with a fake clock.
 */
export function createMemoryRateLimiters(now: () => number = Date.now): RateLimiters {
  return {
    create: (_name, limit) => createRateLimiter(limit, now),
    async consumeEach(takes) {
      const decisions = [];
      for (const { limiter, key } of takes) decisions.push(await limiter.consume(key));
      return decisions;
    },
  };
}
