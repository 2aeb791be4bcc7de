import { isUtf8 } from "node:buffer";
import express, { type RequestHandler } from "express";
import { ApiError } from "../errors";

/** The largest JSON body the API accepts. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The deepest nesting a body may have. Real documents (widget props included) stay far
 * below; the limit keeps recursive code downstream (schemas, evaluation, serialisation)
 * away from stack exhaustion.
 */
export const MAX_BODY_DEPTH = 64;

/**
 * Why a parsed JSON value is refused, or null: a string or key that is not well-formed
 * UTF-16 (lone surrogates, which SQLite and most consumers would silently mangle), or
 * nesting deeper than MAX_BODY_DEPTH. Iterative, as a body may nest thousands of levels.
 */
export function jsonBodyProblem(value: unknown): ApiError | null {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (typeof item === "string") {
      if (!item.isWellFormed())
        return new ApiError(400, "invalid_unicode", "The body holds a malformed unicode string");
      continue;
    }
    if (!item || typeof item !== "object") continue;
    if (depth >= MAX_BODY_DEPTH) {
      return new ApiError(400, "too_deep", `The body nests deeper than ${MAX_BODY_DEPTH} levels`);
    }
    if (Array.isArray(item)) {
      for (const child of item) stack.push([child, depth + 1]);
      continue;
    }
    for (const [key, child] of Object.entries(item)) {
      if (!key.isWellFormed())
        return new ApiError(400, "invalid_unicode", "The body holds a malformed unicode key");
      stack.push([child, depth + 1]);
    }
  }
  return null;
}

/**
 * Parses JSON bodies up to 1 MiB (any JSON value, not only objects), refusing bytes that
 * are not UTF-8 (rather than letting the decoder turn them into U+FFFD), lone surrogates
 * and excessive nesting.
 */
export function jsonBody(): RequestHandler[] {
  return [
    express.json({
      limit: MAX_BODY_BYTES,
      strict: false,
      verify: (_req, _res, buffer) => {
        if (!isUtf8(buffer)) throw new ApiError(400, "invalid_unicode", "The body is not valid UTF-8");
      },
    }),
    (req, _res, next) => {
      const problem = req.body === undefined ? null : jsonBodyProblem(req.body);
      next(problem ?? undefined);
    },
  ];
}
