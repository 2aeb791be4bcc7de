import type { RequestHandler } from "express";
import { ApiError } from "../errors";

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
 * is present it must be this server's own origin. SameSite=Lax already keeps the cookie off
 * cross-site POSTs in browsers; this also covers same-site subdomains and older browsers.
 */
export function originCheck(): RequestHandler {
  return (req, _res, next) => {
    if (!UNSAFE.has(req.method)) return next();
    const claimed = req.get("origin") ?? (req.get("referer") ? originOf(req.get("referer")!) : undefined);
    if (claimed === undefined) return next();
    const own = `${req.protocol}://${req.get("host")}`;
    if (claimed !== own) {
      return next(new ApiError(403, "foreign_origin", "Cross-origin requests may not change state"));
    }
    next();
  };
}
