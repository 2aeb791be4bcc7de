import type { RequestHandler } from "express";

/**
 * Marks API answers `Cache-Control: no-store`: they are per-user and may hold workspace data,
 * so neither the browser (back/forward, disk cache) nor a proxy may keep a copy.
 */
export function noStore(): RequestHandler {
  return (_req, res, next) => {
    res.setHeader("Cache-Control", "no-store");
    next();
  };
}
