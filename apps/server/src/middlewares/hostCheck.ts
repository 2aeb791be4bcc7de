import type { RequestHandler } from "express";
import { ApiError } from "../errors";
import type { HostPolicy } from "./hostPolicy";

const LOOPBACK = /^(?:127\.|::1$|::ffff:127\.)/;

/**
 * Refuses every request (API and pages) whose Host is not one of this server's names, with
 * 421 `host_not_allowed`: behind a DNS name that rebinds to this machine, a foreign page would
 * otherwise be same-origin with the server. The health check stays open to local callers
 * (container health probes ask 127.0.0.1 whatever PUBLIC_URL says); it tells nothing.
 */
export function hostCheck(policy: HostPolicy): RequestHandler {
  return (req, _res, next) => {
    // req.host: X-Forwarded-Host when TRUST_PROXY trusts the sender, else the Host header.
    if (policy.allowsHost(req.host, req.protocol, req.socket.localPort ?? 0)) return next();
    if (
      (req.url === "/api/health" || req.url.startsWith("/api/health?")) &&
      LOOPBACK.test(req.socket.remoteAddress ?? "")
    ) {
      return next();
    }
    next(
      new ApiError(
        421,
        "host_not_allowed",
        "This server does not answer to that host name; set PUBLIC_URL or ALLOWED_HOSTS to add it",
      ),
    );
  };
}
