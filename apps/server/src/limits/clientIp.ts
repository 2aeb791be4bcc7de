import type { Request } from "express";

/**
 * The address limits are counted against. `req.ip` follows X-Forwarded-For only when
 * TRUST_PROXY says which proxies to believe; otherwise it is the socket's peer, so every
 * client behind one proxy shares a count.
 */
export function clientIp(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? "unknown";
}
