import type { NextFunction, Request, RequestHandler, Response } from "express";

/**
 * Runs middlewares one after another as a single one, as `app.use(path, a, b, c)` would,
 * minus the router's work per layer: matching the mount path again and trimming and
 * restoring `req.url` around each (which also makes every later layer re-parse the URL).
 * A middleware's error (passed on or thrown) skips the rest and goes to the app's error
 * handling.
 */
export function inSequence(...handlers: RequestHandler[]): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    let index = 0;
    const step = (error?: unknown) => {
      if (error) {
        next(error);
        return;
      }
      const handler = handlers[index++];
      if (!handler) {
        next();
        return;
      }
      try {
        const result: unknown = handler(req, res, step);
        // As Express 5 treats a middleware's rejected promise.
        if (result instanceof Promise) result.catch((e) => next(e ?? new Error("Rejected promise")));
      } catch (e) {
        next(e);
      }
    };
    step();
  };
}
