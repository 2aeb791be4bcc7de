import express, { type Express } from "express";
import type { Logger } from "pino";
import type { AppContext } from "./appContext";
import type { ServerConfig } from "./config/loadConfig";
import { ApiError, clipText } from "./errors";
import { createAddressPolicy } from "./execution/addressPolicy";
import { createOutboundClient } from "./execution/createOutboundClient";
import type { KindContext } from "./execution/kinds/DatasourceKind";
import { closeKinds } from "./execution/kinds/registry";
import { createMemoryRateLimiters } from "./limits/createMemoryRateLimiters";
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
import { createRunVersionPrefetch } from "./routes/run/runVersionPrefetch";
import { systemRoutes } from "./routes/system/system";
import { transferRoutes } from "./routes/transfer/transfer";
import { usageRoutes } from "./routes/usage/usage";
import { vaultRoutes } from "./routes/vault/vault";
import { viewerRoutes } from "./routes/viewer/viewer";
import { workspaceRoutes } from "./routes/workspaces/workspaces";
import type { SecretBox } from "./secrets/createSecretBox";
import type { Store } from "./store/Store";
import { createVault } from "./vault/createVault";
import { staticWeb } from "./web/staticWeb";
import { createViewerHtmlExtras } from "./web/viewerHtmlExtras";

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
  vaultRoutes,
  usageRoutes,
  transferRoutes,
];

/**
 * Builds the Express app. The caller owns the store (opened and migrated), the secret box
 * (`openSecretBox`, which checks the key against the store) and listening, so tests can
 * `listen(0)` on a temp database.
 *
 * @example
 * const box = await openSecretBox(store, config);
 * const server = createApp({ store, config, logger, box }).listen(0);
 */
export function createApp(options: {
  store: Store;
  config: ServerConfig;
  logger: Logger;
  box: SecretBox;
}): Express {
  const { store, config, logger, box } = options;
  const limiters = createStoreRateLimiters(store.limits, {
    onSweepError: (error) => logger.warn({ err: error }, "sweeping expired rate limit counts failed"),
  });
  // The one place that decides where run limits count. Logins and sign-ups are rare, so they
  // count in the store on both dialects (a guess through any process counts on all). Runs are
  // the hottest path: on SQLite a store count is a WAL write per run (~200-270 µs), and SQLite
  // is the embedded default, one process per file, so memory counts the same runs for ~1 µs
  // (they restart from zero with the process). On PostgreSQL several instances share the
  // database, so runs count there too (one round trip for all of a run's limits).
  const runLimiters = store.dialect.name === "sqlite" ? createMemoryRateLimiters() : limiters;
  const policy = createAddressPolicy({ blockPrivateNetworks: config.blockPrivateNetworks });
  // Made once: a run adds only the registry lookup to its own work.
  const kinds: KindContext = { client: createOutboundClient({ policy }), policy, logger };
  const vault = createVault({
    store,
    box,
    logger,
    idleMs: config.appSessionIdleMs,
    maxMs: config.appSessionMaxMs,
  });
  const runVersions = createRunVersionPrefetch(store);
  const context: AppContext = {
    store,
    config,
    logger,
    box,
    limiters,
    runLimiters,
    kinds,
    vault,
    runVersions,
  };
  const api = createApiRegistry(context);
  for (const register of RESOURCE_ROUTES) register(api);

  const app = express();
  app.disable("x-powered-by");
  app.set("etag", false);
  app.set("trust proxy", config.trustProxy);
  // First, so its round trip overlaps everything up to the run's handler.
  app.use(runVersions.middleware);
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
  app.use(staticWeb(config.webDist, createViewerHtmlExtras(store, config.webDist)));
  app.use(errorHandler(logger));
  // Whatever listens closes the kinds' pools and connections with its server.
  const listen = app.listen.bind(app) as (...args: unknown[]) => ReturnType<Express["listen"]>;
  app.listen = ((...args: unknown[]) => {
    const server = listen(...args);
    server.on("close", () => {
      kinds.client.close();
      void closeKinds(kinds);
    });
    return server;
  }) as Express["listen"];
  return app;
}
