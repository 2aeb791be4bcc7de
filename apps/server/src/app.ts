import express, { type Express } from "express";
import type { Logger } from "pino";
import type { AppContext } from "./appContext";
import type { ServerConfig } from "./config/loadConfig";
import type { Db } from "./db/openDatabase";
import { ApiError, clipText } from "./errors";
import { createStoreRateLimiters } from "./limits/createStoreRateLimiters";
import { errorHandler } from "./middlewares/errorHandler";
import { hostCheck } from "./middlewares/hostCheck";
import { createHostPolicy } from "./middlewares/hostPolicy";
import { inSequence } from "./middlewares/inSequence";
import { jsonBody } from "./middlewares/jsonBody";
import { noStore } from "./middlewares/noStore";
import { originCheck } from "./middlewares/originCheck";
import { requestLogger } from "./middlewares/requestLogger";
import { securityHeaders } from "./middlewares/securityHeaders";
import { sessionLoader } from "./middlewares/sessionLoader";
import { type ApiRegistry, createApiRegistry } from "./registry/apiRegistry";
import { appRoutes } from "./routes/apps/apps";
import { authRoutes } from "./routes/auth/auth";
import { datasourceRoutes } from "./routes/datasources/datasources";
import { deploymentRoutes } from "./routes/deployments/deployments";
import { invitationRoutes } from "./routes/invitations/invitations";
import { packageRoutes } from "./routes/packages/packages";
import { pageRoutes } from "./routes/pages/pages";
import { runRoutes } from "./routes/run/run";
import { systemRoutes } from "./routes/system/system";
import { transferRoutes } from "./routes/transfer/transfer";
import { usageRoutes } from "./routes/usage/usage";
import { viewerRoutes } from "./routes/viewer/viewer";
import { workspaceRoutes } from "./routes/workspaces/workspaces";
import type { SecretBox } from "./secrets/createSecretBox";
import { sqliteHandleOf } from "./store/openStore";
import type { Store } from "./store/Store";
import { sqliteStoreOn } from "./store/sqlite/openSqliteStore";
import { staticWeb } from "./web/staticWeb";

/** The resources of the API, in the order their routes are registered. */
const RESOURCE_ROUTES: ((api: ApiRegistry) => void)[] = [
  systemRoutes,
  authRoutes,
  workspaceRoutes,
  invitationRoutes,
  datasourceRoutes,
  packageRoutes,
  appRoutes,
  pageRoutes,
  deploymentRoutes,
  viewerRoutes,
  runRoutes,
  usageRoutes,
  transferRoutes,
];

/**
 * Builds the Express app. The caller owns the store (opened and migrated), the secret box
 * (`openSecretBox`, which checks the key against the store) and listening, so tests can
 * `listen(0)` on a temp database. A bare SQLite handle is accepted for the callers that
 * still open one themselves; it gets a store over the same connection.
 *
 * @example
 * const box = await openSecretBox(store, config);
 * const server = createApp({ store, config, logger, box }).listen(0);
 */
export function createApp(
  options: ({ store: Store } | { db: Db }) & { config: ServerConfig; logger: Logger; box: SecretBox },
): Express {
  const { config, logger } = options;
  const store = "store" in options ? options.store : sqliteStoreOn(options.db);
  const db = sqliteHandleOf(store);
  const { box } = options;
  // In the store on SQLite too, though one process per file would do with memory: a
  // member's run pays ~30 µs for it there (about 1 µs in memory), and the counts then
  // hold for a second process on the file and survive a restart. On PostgreSQL a run's
  // limits cost one round trip.
  const limiters = createStoreRateLimiters(store.limits, {
    onSweepError: (error) => logger.warn({ err: error }, "sweeping expired rate limit counts failed"),
  });
  const context: AppContext = { store, db, config, logger, box, limiters };
  const api = createApiRegistry(context);
  for (const register of RESOURCE_ROUTES) register(api);

  const app = express();
  app.disable("x-powered-by");
  app.set("etag", false);
  app.set("trust proxy", config.trustProxy);
  app.use(requestLogger(logger));
  app.use(securityHeaders());
  const hosts = createHostPolicy(config);
  app.use(hostCheck(hosts));
  // One layer for the API's middlewares, and routes without params found by exact lookup
  // before the router tries them one by one: the per-request cost every API call pays.
  app.use("/api", inSequence(noStore(), originCheck(hosts), ...jsonBody(), sessionLoader(store)));
  app.use(api.exact.middleware, api.router);
  app.use("/api", (req, _res, next) =>
    next(new ApiError(404, "not_found", `No route ${req.method} ${clipText(req.originalUrl.split("?")[0])}`)),
  );
  app.use(staticWeb(config.webDist));
  app.use(errorHandler(logger));
  return app;
}
