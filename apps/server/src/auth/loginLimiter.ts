/**
 * Counts failed logins in a sliding window, per account and per client IP, in memory.
 * One server process holds the counts; several instances would need a shared store.
 */
export interface LoginLimiter {
  /** Seconds to wait when the account or IP is locked out, else 0. */
  retryAfter(email: string, ip: string): number;
  recordFailure(email: string, ip: string): void;
  /** A success clears the account's failures (not the IP's: that would let guessing resume). */
  recordSuccess(email: string): void;
}

export interface LoginLimits {
  windowMs: number;
  perAccount: number;
  perIp: number;
}

const MAX_TRACKED_KEYS = 10_000;

const DEFAULT_LIMITS: LoginLimits = { windowMs: 15 * 60 * 1000, perAccount: 5, perIp: 20 };

/** Makes a limiter: 5 failures per account and 20 per IP in 15 minutes by default. */
export function createLoginLimiter(
  limits: LoginLimits = DEFAULT_LIMITS,
  now = () => Date.now(),
): LoginLimiter {
  const failures = new Map<string, number[]>();

  const recent = (key: string): number[] => {
    const cutoff = now() - limits.windowMs;
    const times = (failures.get(key) ?? []).filter((t) => t > cutoff);
    if (times.length) failures.set(key, times);
    else failures.delete(key);
    return times;
  };
  const waitFor = (key: string, max: number): number => {
    const times = recent(key);
    if (times.length < max) return 0;
    return Math.max(1, Math.ceil((times[times.length - max] + limits.windowMs - now()) / 1000));
  };

  return {
    retryAfter(email, ip) {
      return Math.max(waitFor(`account:${email}`, limits.perAccount), waitFor(`ip:${ip}`, limits.perIp));
    },
    recordFailure(email, ip) {
      // Keys are only pruned when read; sweep now and then so a flood of distinct emails
      // cannot grow the map without bound.
      if (failures.size > MAX_TRACKED_KEYS) for (const key of [...failures.keys()]) recent(key);
      for (const key of [`account:${email}`, `ip:${ip}`]) failures.set(key, [...recent(key), now()]);
    },
    recordSuccess(email) {
      failures.delete(`account:${email}`);
    },
  };
}
