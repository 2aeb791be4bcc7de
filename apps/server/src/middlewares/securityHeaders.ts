import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestHandler } from "express";
import helmet from "helmet";

/**
 * helmet with the CSP the built web app runs under. Monaco starts its workers from blob: URLs,
 * hence `worker-src blob:`; widgets may show images from anywhere. No defaults are merged in:
 * helmet's `upgrade-insecure-requests` would break plain-HTTP installs reached by IP.
 */
export function helmetMiddleware(): RequestHandler {
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
        // The Iframe widget shows http(s) pages, always in a sandbox without allow-same-origin.
        frameSrc: ["'self'", "https:", "http:"],
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

/**
 * The headers helmet sets, worked out once by running it against a recording response:
 * with no per-request directives (nonces) its answer never varies, and replaying a list
 * spares every request helmet's chain of a dozen middlewares.
 */
export function securityHeaders(): RequestHandler {
  const set: [string, string][] = [];
  const removed: string[] = [];
  const recorder = {
    setHeader(name: string, value: string) {
      set.push([name, value]);
      return recorder;
    },
    removeHeader(name: string) {
      removed.push(name);
    },
  };
  let finished = false;
  helmetMiddleware()(
    {} as IncomingMessage as never,
    recorder as unknown as ServerResponse as never,
    (error?: unknown) => {
      if (error) throw error;
      finished = true;
    },
  );
  // A helmet that needed the request or answered later could not be replayed: fail at start.
  if (!finished) throw new Error("helmet did not set its headers synchronously");
  return (_req, res, next) => {
    for (const name of removed) res.removeHeader(name);
    for (const [name, value] of set) res.setHeader(name, value);
    next();
  };
}
