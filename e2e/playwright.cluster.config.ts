import { resolve } from "node:path";
import { defineConfig, type PlaywrightTestConfig } from "@playwright/test";
import { platformEnv } from "./fixtures/platformEnv";
import { stackFor } from "./fixtures/stackFor";
import { journeySettings } from "./journeySettings";

// The journeys read their addresses from fixtures/stack.ts, in this process and in the
// workers (which inherit it): this moves them to the cluster's ports.
process.env.E2E_STACK = "cluster";
const stack = stackFor(process.env);
const root = resolve(import.meta.dirname, "..");

type WebServer = Extract<NonNullable<PlaywrightTestConfig["webServer"]>, unknown[]>[number];

/**
 * nginx on `port` in front of two platforms (on the next two ports but one) sharing one
 * fresh PostgreSQL database, with their own demo auth API on `demoAuthPort`.
 */
function clusterStack(port: number, demoAuthPort: number, tokenTtl: number): WebServer {
  return {
    command:
      `"${process.execPath}" e2e/startClusterStack.mjs --port ${port} --demo-auth-port ${demoAuthPort} ` +
      `--instance-ports ${port + 2},${port + 3} --token-ttl ${tokenTtl}`,
    cwd: root,
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
    // The stack stops its platforms before PostgreSQL; a kill would leave the cluster running.
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    env: platformEnv(root, stack),
  };
}

/**
 * The flagship journey (tests/login.spec.ts) against the multi-instance setup of
 * docker-compose.cluster.yml: nginx in front of two platform processes on one PostgreSQL
 * database. Needs PostgreSQL and nginx (scripts/test.mjs skips it without them, outside CI).
 */
export default defineConfig({
  testDir: ".",
  // The flagship journey, and the check that it really ran on two instances.
  testMatch: ["tests/login.spec.ts", "cluster/*.spec.ts"],
  outputDir: "test-results/cluster",
  ...journeySettings(stack.platformUrl),
  webServer: [
    clusterStack(stack.ports.platform, stack.ports.demoAuth, 3600),
    clusterStack(stack.ports.shortTokenPlatform, stack.ports.shortTokenDemoAuth, 2),
  ],
});
