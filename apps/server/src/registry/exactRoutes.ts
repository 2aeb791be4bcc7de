import type { NextFunction, Request, RequestHandler, Response } from "express";

/**
 * Routes without path params, found by one map lookup on `METHOD /path` before the router
 * tries its routes one by one (a pattern match each: `POST /api/v1/run` sits behind some
 * 45 of them). Only a request spelled exactly as registered takes this way; any other
 * spelling (case, trailing slash, HEAD for a GET) falls through to the router, which holds
 * every route too, so answers are the same either way.
 */
export interface ExactRoutes {
  /** Records a route in registration order; a path without params is indexed unless an earlier route would take it. */
  add(method: string, path: string, handler: RequestHandler): void;
  /** Mount just before the router that holds the same routes. */
  middleware: RequestHandler;
}

/** Express path syntax beyond literal segments and `:param`: such a route may take any path. */
const COMPLEX_PATH = /[*?+(){}[\]\\]/;

/** The pattern Express (path-to-regexp, non-strict, case-insensitive) matches a simple path with. */
function patternOf(path: string): RegExp {
  const source = path
    .split(/(:[A-Za-z0-9_]+)/)
    .map((part) => (part.startsWith(":") ? "[^/]+" : part.replace(/[.^$|]/g, "\\$&")))
    .join("");
  return new RegExp(`^${source}/?$`, "i");
}

/** Makes an empty index; see ExactRoutes. */
export function createExactRoutes(): ExactRoutes {
  const handlers = new Map<string, RequestHandler>();
  // Earlier routes with params, per method: a later exact path they match stays theirs.
  const earlier: { method: string; matches: (path: string) => boolean }[] = [];

  const add = (method: string, path: string, handler: RequestHandler) => {
    const upper = method.toUpperCase();
    if (COMPLEX_PATH.test(path)) {
      earlier.push({ method: upper, matches: () => true });
      return;
    }
    if (path.includes(":")) {
      const pattern = patternOf(path);
      earlier.push({ method: upper, matches: (candidate) => pattern.test(candidate) });
      return;
    }
    const key = `${upper} ${path}`;
    if (handlers.has(key) || earlier.some((r) => r.method === upper && r.matches(path))) return;
    handlers.set(key, handler);
  };

  const middleware = (req: Request, res: Response, next: NextFunction) => {
    const query = req.url.indexOf("?");
    const handler = handlers.get(`${req.method} ${query < 0 ? req.url : req.url.slice(0, query)}`);
    if (!handler) {
      next();
      return;
    }
    // As Express 5 runs a route handler: a throw or a rejected promise goes to the error middleware.
    try {
      const result: unknown = handler(req, res, next);
      if (result instanceof Promise) result.catch((error) => next(error ?? new Error("Rejected promise")));
    } catch (error) {
      next(error);
    }
  };

  return { add, middleware };
}
