import type { Response } from "express";

/**
 * Answers `value` as JSON, byte for byte what `res.status(status).json(value)` sends with this
 * app's settings (no ETag, no JSON spaces or replacer), without Express's content-type
 * parsing and re-formatting per answer. A handler that chose its own content type, and a
 * conditional GET Express would answer 304 (`If-None-Match: *`), still go through Express.
 */
export function sendJson(res: Response, status: number, value: unknown): void {
  if (res.hasHeader("content-type") || res.req.fresh) {
    res.status(status).json(value);
    return;
  }
  const text = JSON.stringify(value);
  res.statusCode = status;
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Content-Length", Buffer.byteLength(text, "utf8"));
  // A string lets Node write the head and the body in one piece.
  res.end(text, "utf8");
}
