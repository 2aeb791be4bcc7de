import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { defineConfig, type PlaywrightTestConfig } from "@playwright/test";
import { journeyPostgres } from "./fixtures/journeyPostgres";
import { platformEnv } from "./fixtures/platformEnv";
import { stack } from "./fixtures/stack";
import { journeySettings } from "./journeySettings";

const root = resolve(import.meta.dirname, "..");
const node = `"${process.execPath}" --import tsx`;

type WebServer = Extract<NonNullable<PlaywrightTestConfig["webServer"]>, unknown[]>[number];

/** A platform with its own demo auth API, on a fresh data folder for every run. */
function platformPair(platformPort: number, demoAuthPort: number, tokenTtl: number): WebServer[] {
  const dataDir = join(tmpdir(), `tessera-e2e-${platformPort}`);
  return [
    {
      command: `${node} apps/demo-auth/src/main.ts`,
      cwd: root,
      port: demoAuthPort,
      reuseExistingServer: false,
      env: {
        DEMO_AUTH_PORT: String(demoAuthPort),
        DEMO_AUTH_API_KEY: stack.demoAuthApiKey,
        DEMO_AUTH_TOKEN_TTL: String(tokenTtl),
      },
    },
    {
      command: `rm -rf "${dataDir}" && ${node} apps/server/src/main.ts`,
      cwd: root,
      url: `http://localhost:${platformPort}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        ...platformEnv(root, stack),
        PORT: String(platformPort),
        DATA_DIR: dataDir,
        DEMO_AUTH_URL: `http://localhost:${demoAuthPort}/auth/v1`,
      },
    },
  ];
}

/**
 * The PostgreSQL server the datasource journeys query, on a port of its cluster's choosing:
 * the line it prints hands that port to the tests as E2E_POSTGRES_PORT.
 */
const journeyPostgresServer: WebServer = {
  command: `"${process.execPath}" e2e/startJourneyPostgres.mjs`,
  cwd: root,
  wait: { stdout: /journey PostgreSQL on port (?<e2e_postgres_port>\d+)/ },
  reuseExistingServer: false,
  timeout: 90_000,
  env: {
    JOURNEY_POSTGRES_USER: journeyPostgres.user,
    JOURNEY_POSTGRES_PASSWORD: journeyPostgres.password,
    JOURNEY_POSTGRES_DATABASE: journeyPostgres.database,
  },
};

export default defineConfig({
  testDir: "tests",
  outputDir: "test-results",
  ...journeySettings(stack.platformUrl),
  webServer: [
    ...platformPair(stack.ports.platform, stack.ports.demoAuth, 3600),
    ...platformPair(stack.ports.shortTokenPlatform, stack.ports.shortTokenDemoAuth, 2),
    journeyPostgresServer,
  ],
});
