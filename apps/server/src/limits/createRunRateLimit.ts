import type { RunBody } from "@tessera/model";
import type { Request } from "express";
import type { SessionUser } from "../auth/sessionUser";
import type { RateLimitSettings } from "../config/readRateLimits";
import { tooManyRequests } from "../errors";
import { clientIp } from "./clientIp";
import type { RateDecision, RateLimiter, RateLimiters, RateTakeOf } from "./RateLimiter";

/** Throws 429 (with Retry-After) when this run is over its caller's limit. */
export type RunRateLimit = (req: Request, body: RunBody, user: SessionUser | null) => Promise<void>;

const MINUTE = 60 * 1000;

/**
 * Limits `POST /api/v1/run`, which forwards every call upstream with the datasource's secret
 * headers. Signed-out callers count per IP and per app together (so many IPs cannot drive
 * one app's datasource without bound either); members count per user, more generously,
 * and never against the anonymous budgets. Each run counts all its limits in one step (one
 * round trip on a shared store).
 */
export function createRunRateLimit(settings: RateLimitSettings, limiters: RateLimiters): RunRateLimit {
  const perMinute = (name: string, points: number): RateLimiter | null =>
    points > 0 ? limiters.create(name, { points, windowMs: MINUTE }) : null;
  const perIp = perMinute("run:ip", settings.runAnonymousPerIp);
  const perApp = perMinute("run:app", settings.runAnonymousPerApp);
  const perUser = perMinute("run:user", settings.runMemberPerUser);

  const refuse = (decision: RateDecision) =>
    tooManyRequests(decision.retryAfterSeconds, "Too many query runs; try again later");

  return async (req, body, user) => {
    if (user) {
      const [decision] = perUser ? await limiters.consumeEach([{ limiter: perUser, key: user.id }]) : [];
      if (decision && !decision.allowed) throw refuse(decision);
      return;
    }
    const appKey = body.scope === "package" ? `package:${body.packageId}` : body.appId;
    const takes: RateTakeOf[] = [];
    if (perIp) takes.push({ limiter: perIp, key: clientIp(req) });
    if (perApp) takes.push({ limiter: perApp, key: appKey });
    const decisions = await limiters.consumeEach(takes);
    const ip = perIp ? decisions[0] : undefined;
    if (ip && !ip.allowed) {
      // A client over its own budget must not spend the app's, which its other visitors share:
      // the point is given back (a second step only the refused caller pays).
      if (perApp) await perApp.consume(appKey, -1);
      throw refuse(ip);
    }
    const app = perApp ? decisions[decisions.length - 1] : undefined;
    if (app && !app.allowed) throw refuse(app);
  };
}
