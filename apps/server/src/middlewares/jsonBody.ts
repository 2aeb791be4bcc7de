import { isUtf8 } from "node:buffer";
import express, { type NextFunction, type Request, type RequestHandler } from "express";
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

/** UTF-8 bytes that are not UTF-8 are refused, not turned into U+FFFD by the decoder. */
function refuseNonUtf8(buffer: Buffer): void {
  if (!isUtf8(buffer)) throw new ApiError(400, "invalid_unicode", "The body is not valid UTF-8");
}

/** An error shaped as body-parser's, so the error middleware answers both alike. */
function bodyError(status: number, type: string, message: string): Error {
  return Object.assign(new Error(message), { status, type });
}

/** The content types the quick reader takes (compared lower-cased); others go to express.json. */
const PLAIN_JSON_TYPES = new Set([
  "application/json",
  "application/json; charset=utf-8",
  "application/json;charset=utf-8",
]);

/**
 * Reads the common case, an uncompressed UTF-8 JSON body with a Content-Length within the
 * limit, straight off the request, as express.json would (same result, same errors: BOM
 * dropped, an empty body is `{}`, bad UTF-8 refused, parse failures and aborts typed as
 * body-parser types them) without its per-request content-type parsing, decoder and stream
 * plumbing. Anything else (other types or charsets, Content-Encoding, chunked, too large)
 * goes to `fallback`, express.json itself.
 */
function readPlainJson(fallback: RequestHandler): RequestHandler {
  return (req, res, next) => {
    const { headers } = req;
    const type = headers["content-type"];
    const length = headers["content-length"];
    if (
      type === undefined ||
      length === undefined ||
      headers["content-encoding"] !== undefined ||
      headers["transfer-encoding"] !== undefined ||
      req.readableEnded ||
      !PLAIN_JSON_TYPES.has(type.toLowerCase()) ||
      !/^\d{1,8}$/.test(length) ||
      Number(length) > MAX_BODY_BYTES
    ) {
      fallback(req, res, next);
      return;
    }
    // The listeners are shared functions and the state sits on the request: a body read
    // makes no closures of its own.
    (req as ReadingRequest)[BODY_READ] = { next, chunks: [], size: 0, settled: false };
    req.on("data", onBodyData);
    req.on("end", onBodyEnd);
    req.on("error", onBodyAbort);
    req.on("close", onBodyAbort);
  };
}

/** A body readPlainJson is reading, kept on its request while it comes in. */
interface BodyRead {
  next: NextFunction;
  chunks: Buffer[];
  size: number;
  settled: boolean;
}

const BODY_READ = Symbol("bodyRead");
type ReadingRequest = Request & { [BODY_READ]: BodyRead };

function settleBody(req: ReadingRequest, error?: unknown): void {
  const read = req[BODY_READ];
  if (read.settled) return;
  read.settled = true;
  req.off("data", onBodyData);
  req.off("end", onBodyEnd);
  req.off("error", onBodyAbort);
  req.off("close", onBodyAbort);
  read.next(error);
}

function onBodyData(this: ReadingRequest, chunk: Buffer): void {
  const read = this[BODY_READ];
  read.size += chunk.length;
  // Node's parser stops at Content-Length; this only guards the limit should that change.
  if (read.size > MAX_BODY_BYTES)
    settleBody(this, bodyError(413, "entity.too.large", "request entity too large"));
  else read.chunks.push(chunk);
}

function onBodyAbort(this: ReadingRequest): void {
  settleBody(this, bodyError(400, "request.aborted", "request aborted"));
}

function onBodyEnd(this: ReadingRequest): void {
  const read = this[BODY_READ];
  if (read.settled) return;
  const { chunks } = read;
  const buffer = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, read.size);
  try {
    refuseNonUtf8(buffer);
  } catch (error) {
    settleBody(this, error);
    return;
  }
  let text = buffer.toString("utf8");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    this.body = text.length === 0 ? {} : JSON.parse(text);
  } catch (error) {
    settleBody(this, bodyError(400, "entity.parse.failed", (error as Error).message));
    return;
  }
  settleBody(this);
}

/**
 * Parses JSON bodies up to 1 MiB (any JSON value, not only objects), refusing bytes that
 * are not UTF-8 (rather than letting the decoder turn them into U+FFFD), lone surrogates
 * and excessive nesting.
 */
export function jsonBody(): RequestHandler[] {
  const parser = express.json({
    limit: MAX_BODY_BYTES,
    strict: false,
    verify: (_req, _res, buffer) => refuseNonUtf8(buffer),
  });
  return [
    readPlainJson(parser),
    (req, _res, next) => {
      const problem = req.body === undefined ? null : jsonBodyProblem(req.body);
      next(problem ?? undefined);
    },
  ];
}
