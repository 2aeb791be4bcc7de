import { randomUUID } from "node:crypto";
import type { RequestHandler, Response } from "express";
import type { Logger } from "pino";
import { sessionUserOf } from "../auth/sessionUser";

/** The id the request's log line carries, also sent as X-Request-Id. */
export function requestIdOf(res: Response): string {
  return res.locals.requestId as string;
}

/**
 * Logs one line per request: its id, method, path (without the query string, which may carry
 * tokens), status, duration and user id. Headers and bodies are never logged. The id is
 * answered as X-Request-Id, so an error shown without its details can be found in the log.
 */
export function requestLogger(logger: Logger): RequestHandler {
  // The line holds only the fields above, none of them a secret, so it skips the redaction
  // pass that every other log call gets (a walk of the object per line, most of its cost).
  const lines = logger.child({}, { redact: [] });
  return (req, res, next) => {
    const started = performance.now();
    // Made here, never taken from the request: a caller could otherwise plant ids in the log.
    const requestId = randomUUID();
    res.locals.requestId = requestId;
    res.setHeader("X-Request-Id", requestId);
    res.on("finish", () => {
      const durationMs = performance.now() - started;
      const url = req.originalUrl;
      const query = url.indexOf("?");
      const fields = {
        requestId,
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
