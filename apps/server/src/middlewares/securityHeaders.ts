import type { RequestHandler } from "express";
import helmet from "helmet";

/**
 * helmet with the CSP the built web app runs under. Monaco starts its workers from blob: URLs,
 * hence `worker-src blob:`; widgets may show images from anywhere. No defaults are merged in:
 * helmet's `upgrade-insecure-requests` would break plain-HTTP installs reached by IP.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        workerSrc: ["'self'", "blob:"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:", "https:", "http:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
      },
    },
    // HSTS on a plain-HTTP localhost install would only confuse; put TLS in front to get it.
    strictTransportSecurity: false,
  });
}
