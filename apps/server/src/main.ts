import type { AddressInfo } from "node:net";
import { createApp } from "./app";
import { purgeExpiredSessions } from "./auth/sessionStore";
import { loadConfig } from "./config/loadConfig";
import { recordDeploymentOrigins } from "./deployments/recordDeploymentOrigins";
import { createLogger } from "./logging/createLogger";
import type { SecretBox } from "./secrets/createSecretBox";
import { openSecretBox, SecretKeyMismatchError } from "./secrets/openSecretBox";
import { seedDemo } from "./seed/seedDemo";
import { FLAGSHIP_APP_SLUG, flagshipNotice, flagshipSeedStep } from "./seed/seedFlagship";
import { VAULT_APP_SLUG, vaultAppNotice, vaultAppSeedStep } from "./seed/seedVaultApp";
import { openStore } from "./store/openStore";

const config = loadConfig(process.env);
const logger = createLogger(config.logLevel);
const store = openStore(config);
const applied = await store.migrate();
if (applied.length) logger.info({ applied }, "database migrated");
await purgeExpiredSessions(store);

let box: SecretBox;
try {
  box = await openSecretBox(store, config);
} catch (error) {
  if (!(error instanceof SecretKeyMismatchError)) throw error;
  // Plainly, not as a log line: the operator has to act before the server can start.
  process.stderr.write(`\nTessera cannot start. ${error.message}\n\n`);
  await store.close();
  process.exit(1);
}
const recorded = await recordDeploymentOrigins(store);
if (recorded) logger.info({ deployments: recorded }, "recorded the datasource origins of older deployments");
const app = createApp({ store, config, logger, box });
const credentials = await seedDemo(
  { store, config, logger, box },
  {
    extraSteps: [flagshipSeedStep, vaultAppSeedStep],
  },
);
const hasFlagship = await store.apps.isSlugTaken(FLAGSHIP_APP_SLUG);
const hasVaultApp = await store.apps.isSlugTaken(VAULT_APP_SLUG);

const server = app.listen(config.port, () => {
  const { port } = server.address() as AddressInfo;
  const url = config.publicUrl ?? `http://localhost:${port}`;
  logger.info({ url, store: store.dialect.name, dataDir: config.dataDir }, "Tessera listening");
  // Printed plainly (not as a log line) so a first-time user sees how to sign in.
  process.stdout.write(
    `\nTessera is running at ${url}\n` +
      (credentials
        ? `Admin: ${credentials.email} / ${credentials.password}  (stored in ${credentials.file})\n`
        : "") +
      (hasFlagship ? flagshipNotice(url) : "") +
      (hasVaultApp ? vaultAppNotice(url) : "") +
      "\n",
  );
});

let stopping = false;
function stop(signal: string): void {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "shutting down");
  server.close(() => {
    store.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
  // Idle keep-alive connections would hold close() open; active ones get a moment to finish.
  server.closeIdleConnections();
  setTimeout(() => {
    server.closeAllConnections();
  }, 5_000).unref();
}
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));
process.on("unhandledRejection", (error) => logger.error({ err: error }, "unhandled rejection"));
