import type { ErrorRequestHandler } from "express";
import type { Logger } from "pino";
import { ApiError } from "../errors";

/** Maps errors thrown by body-parser and the router to API errors. */
function toApiError(error: unknown): ApiError | null {
  if (error instanceof ApiError) return error;
  const e = error as { type?: string; status?: number; statusCode?: number; message?: string };
  if (e?.type === "entity.too.large") {
    return new ApiError(413, "payload_too_large", "The body is larger than 1 MiB");
  }
  if (e?.type === "entity.parse.failed")
    return new ApiError(400, "malformed_json", "The body is not valid JSON");
  if (e?.type === "charset.unsupported" || e?.type === "encoding.unsupported") {
    return new ApiError(415, "unsupported_encoding", "Send JSON as UTF-8");
  }
  if (e?.type === "request.aborted") return new ApiError(400, "request_aborted", "The request was aborted");
  const status = e?.status ?? e?.statusCode;
  // Other client errors raised by Express itself (e.g. a path param that is not valid URI encoding).
  if (status === 404) return new ApiError(404, "not_found", "Not found");
  if (typeof status === "number" && status >= 400 && status < 500) {
    return new ApiError(status, "invalid_request", "The request could not be read");
  }
  return null;
}

/**
 * The one error middleware: every failure becomes `{ error: { code, message } }`. Unexpected
 * errors are logged with their stack and answered without details.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const apiError = toApiError(error);
    if (res.headersSent) {
      logger.error({ err: error, url: req.originalUrl }, "error after the answer started");
      res.end();
      return;
    }
    if (apiError) {
      for (const [name, value] of Object.entries(apiError.headers ?? {})) res.setHeader(name, value);
      res.status(apiError.status).json(apiError.toBody());
      return;
    }
    logger.error({ err: error, method: req.method, url: req.originalUrl }, "unexpected error");
    res.status(500).json({ error: { code: "internal_error", message: "Something went wrong" } });
  };
}
