import type { RequestHandler } from "express";
import { ApiError } from "../errors";
import type { HostPolicy } from "./hostPolicy";

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function originOf(value: string): string | null {
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

/**
 * Refuses state-changing requests sent by another site: when Origin (or, lacking it, Referer)
 * is present it must be one of this server's origins (PUBLIC_URL, or the allowed hosts). It is
 * compared with those, never with the request's own Host, which the sender chooses.
 * SameSite=Lax already keeps the cookie off cross-site POSTs in browsers; this also covers
 * same-site subdomains and older browsers.
 */
export function originCheck(policy: HostPolicy): RequestHandler {
  return (req, _res, next) => {
    if (!UNSAFE.has(req.method)) return next();
    const referer = req.get("referer");
    const claimed = req.get("origin") ?? (referer ? originOf(referer) : undefined);
    if (claimed === undefined) return next();
    if (claimed === null || !policy.allowsOrigin(claimed, req.protocol, req.socket.localPort ?? 0)) {
      return next(new ApiError(403, "foreign_origin", "Cross-origin requests may not change state"));
    }
    next();
  };
}
