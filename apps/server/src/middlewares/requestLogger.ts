import type { RequestHandler } from "express";
import type { Logger } from "pino";
import { sessionUserOf } from "../auth/sessionUser";

/**
 * Logs one line per request: method, path (without the query string, which may carry
 * tokens), status, duration and user id. Headers and bodies are never logged.
 */
export function requestLogger(logger: Logger): RequestHandler {
  // The line holds only the fields above, none of them a secret, so it skips the redaction
  // pass that every other log call gets (a walk of the object per line, most of its cost).
  const lines = logger.child({}, { redact: [] });
  return (req, res, next) => {
    const started = performance.now();
    res.on("finish", () => {
      const durationMs = performance.now() - started;
      const url = req.originalUrl;
      const query = url.indexOf("?");
      const fields = {
        method: req.method,
        path: query < 0 ? url : url.slice(0, query),
        status: res.statusCode,
        durationMs: Math.round(durationMs * 10) / 10,
        userId: sessionUserOf(res)?.id,
      };
      if (res.statusCode >= 500) lines.error(fields, "request");
      else lines.info(fields, "request");
    });
    next();
  };
}
