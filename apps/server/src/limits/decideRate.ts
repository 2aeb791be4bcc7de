import type { RateDecision, RateLimit } from "./RateLimiter";

/** One key's count as a limiter keeps it (in memory or in the store); times in epoch milliseconds. */
export interface RateCount {
  consumed: number;
  windowEnd: number;
  blockedUntil: number;
}

/**
 * What a limiter answers for a key's count at `at`: the one rule every implementation
 * shares. `pending` is what the caller is about to spend: 0 after a consume, 1 for a read.
 * A count whose window and block are over reads as no count at all.
 */
export function decideRate(
  count: RateCount | undefined,
  limit: RateLimit,
  at: number,
  pending: number,
): RateDecision {
  if (!count) return { allowed: pending <= limit.points, consumed: 0, retryAfterSeconds: 0 };
  const consumed = count.windowEnd > at ? count.consumed : 0;
  const until = Math.max(count.blockedUntil, consumed + pending > limit.points ? count.windowEnd : 0);
  const wait = until > at ? Math.max(1, Math.ceil((until - at) / 1000)) : 0;
  return { allowed: wait === 0, consumed, retryAfterSeconds: wait };
}
