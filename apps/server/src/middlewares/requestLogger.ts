import type { RequestHandler } from "express";
import type { Logger } from "pino";
import { sessionUserOf } from "../auth/sessionUser";

/**
 * Logs one line per request: method, path (without the query string, which may carry
 * tokens), status, duration and user id. Headers and bodies are never logged.
 */
export function requestLogger(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      const level = res.statusCode >= 500 ? "error" : "info";
      logger[level](
        {
          method: req.method,
          path: req.originalUrl.split("?")[0],
          status: res.statusCode,
          durationMs: Math.round(durationMs * 10) / 10,
          userId: sessionUserOf(res)?.id,
        },
        "request",
      );
    });
    next();
  };
}
