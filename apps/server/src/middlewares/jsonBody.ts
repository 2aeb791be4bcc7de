import express, { type RequestHandler } from "express";
import { ApiError } from "../errors";

/** The largest JSON body the API accepts. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * True when every string and key in a parsed JSON value is well-formed UTF-16 (no lone
 * surrogates, which SQLite and most consumers would silently mangle). Iterative, as a body
 * may nest thousands of levels deep.
 */
export function isWellFormedJson(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length) {
    const item = stack.pop();
    if (typeof item === "string") {
      if (!item.isWellFormed()) return false;
    } else if (Array.isArray(item)) {
      for (const child of item) stack.push(child);
    } else if (item && typeof item === "object") {
      for (const [key, child] of Object.entries(item)) {
        if (!key.isWellFormed()) return false;
        stack.push(child);
      }
    }
  }
  return true;
}

/** Parses JSON bodies up to 1 MiB (any JSON value, not only objects) and refuses bad unicode. */
export function jsonBody(): RequestHandler[] {
  return [
    express.json({ limit: MAX_BODY_BYTES, strict: false }),
    (req, _res, next) => {
      if (req.body !== undefined && !isWellFormedJson(req.body)) {
        return next(new ApiError(400, "invalid_unicode", "The body holds a malformed unicode string"));
      }
      next();
    },
  ];
}
