import type { RunBody } from "@tessera/model";
import type { Request } from "express";
import type { SessionUser } from "../auth/sessionUser";
import type { RateLimitSettings } from "../config/readRateLimits";
import { tooManyRequests } from "../errors";
import { clientIp } from "./clientIp";
import { createRateLimiter } from "./createRateLimiter";
import type { RateLimiter } from "./RateLimiter";

/** Throws 429 (with Retry-After) when this run is over its caller's limit. */
export type RunRateLimit = (req: Request, body: RunBody, user: SessionUser | null) => Promise<void>;

const MINUTE = 60 * 1000;

function perMinute(points: number): RateLimiter | null {
  return points > 0 ? createRateLimiter({ points, windowMs: MINUTE }) : null;
}

/**
 * Limits `POST /api/v1/run`, which forwards every call upstream with the datasource's secret
 * headers. Signed-out callers count per IP and per app together (so many IPs cannot drive
 * one app's datasource without bound either); members count per user, more generously,
 * and never against the anonymous budgets.
 */
export function createRunRateLimit(settings: RateLimitSettings): RunRateLimit {
  const perIp = perMinute(settings.runAnonymousPerIp);
  const perApp = perMinute(settings.runAnonymousPerApp);
  const perUser = perMinute(settings.runMemberPerUser);

  const take = async (limiter: RateLimiter | null, key: string) => {
    const decision = await limiter?.consume(key);
    if (decision && !decision.allowed) {
      throw tooManyRequests(decision.retryAfterSeconds, "Too many query runs; try again later");
    }
  };

  return async (req, body, user) => {
    if (user) return take(perUser, user.id);
    await take(perIp, clientIp(req));
    await take(perApp, body.scope === "package" ? `package:${body.packageId}` : body.appId);
  };
}
