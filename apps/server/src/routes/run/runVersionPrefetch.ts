import type { Request, RequestHandler } from "express";
import type { Store } from "../../store/Store";

/** The path of the run route, whose version read starts as its request arrives. */
const RUN_PATH = "/api/v1/run";

/** A run's `store.version()` read, sent as the request arrives (see createRunVersionPrefetch). */
export interface RunVersionPrefetch {
  /** First middleware of the app: sends the read of a `POST /api/v1/run`. */
  middleware: RequestHandler;
  /** The read sent for this request, or one sent now. */
  versionOf(req: Request): Promise<string | null>;
}

/**
 * On PostgreSQL `store.version()` is a round trip, the only one of a hot run: sent as the
 * request arrives, it overlaps the middlewares, the body's parse and the run limit instead of
 * following them. It is still a read sent after the run began, so an edit answered before the
 * run was sent is seen. On SQLite the version is read from the file at once and only in the
 * handler's own turn (a transaction of this process opened meanwhile makes it null: see
 * Store.version), so nothing starts early there.
 *
 * @example app.use(prefetch.middleware); ... const version = await prefetch.versionOf(req);
 */
export function createRunVersionPrefetch(store: Store): RunVersionPrefetch {
  const sent = new WeakMap<Request, Promise<string | null>>();
  const early = store.dialect.name === "postgres";
  return {
    middleware: (req, _res, next) => {
      if (early && req.method === "POST" && req.url === RUN_PATH) {
        const version = store.version();
        // A request refused before its handler never awaits the read: its failure is not a crash.
        version.catch(() => {});
        sent.set(req, version);
      }
      next();
    },
    versionOf: (req) => sent.get(req) ?? store.version(),
  };
}
