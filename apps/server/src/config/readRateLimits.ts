/** How many requests the server takes before it answers 429; 0 turns a limit off. */
export interface RateLimitSettings {
  /** Sign-ups per client IP per hour (SIGNUP_RATE_LIMIT_PER_IP). */
  signupPerIp: number;
  /** Signed-out query runs per client IP per minute (RUN_RATE_LIMIT_ANONYMOUS_PER_IP). */
  runAnonymousPerIp: number;
  /** Signed-out query runs per app per minute, all clients together (RUN_RATE_LIMIT_ANONYMOUS_PER_APP). */
  runAnonymousPerApp: number;
  /** Query runs per signed-in user per minute (RUN_RATE_LIMIT_MEMBER_PER_USER). */
  runMemberPerUser: number;
}

function readCount(value: string | undefined, fallback: number): number {
  const count = Number(value);
  return value !== undefined && value.trim() !== "" && Number.isInteger(count) && count >= 0
    ? count
    : fallback;
}

/**
 * Reads the rate limits. The defaults let a busy public app through (a page load runs a few
 * queries) while one client can no longer drive a datasource, with its secret key, at the
 * hundreds of requests a second the server itself can forward.
 */
export function readRateLimits(env: Record<string, string | undefined>): RateLimitSettings {
  return {
    signupPerIp: readCount(env.SIGNUP_RATE_LIMIT_PER_IP, 20),
    runAnonymousPerIp: readCount(env.RUN_RATE_LIMIT_ANONYMOUS_PER_IP, 300),
    runAnonymousPerApp: readCount(env.RUN_RATE_LIMIT_ANONYMOUS_PER_APP, 3000),
    runMemberPerUser: readCount(env.RUN_RATE_LIMIT_MEMBER_PER_USER, 1200),
  };
}
