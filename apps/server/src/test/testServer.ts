import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Logger } from "pino";
import { afterAll, expect } from "vitest";
import { createApp } from "../app";
import { loadConfig, type ServerConfig } from "../config/loadConfig";
import { createLogger } from "../logging/createLogger";
import { openSecretBox } from "../secrets/openSecretBox";
import { openPostgresStore } from "../store/postgres/openPostgresStore";
import type { Store } from "../store/Store";
import { openSqliteStore } from "../store/sqlite/openSqliteStore";
import { createTestDatabase } from "./createTestDatabase";
import { responseLog } from "./responseLog";
import { TestClient } from "./TestClient";

/**
 * A running app on a random port with its own database: a SQLite file in a temp folder, or,
 * with TESSERA_TEST_STORE=postgres and TEST_DATABASE_URL (an admin URL), a fresh PostgreSQL
 * database dropped at close.
 */
export interface TestServer {
  url: string;
  /** The app's store: fixtures that need rows go through its repositories. */
  store: Store;
  config: ServerConfig;
  dataDir: string;
  /** A new client with its own cookie jar (a separate browser). */
  client(): TestClient;
  close(): Promise<void>;
}

/**
 * Starts the real app on `listen(0)`, logging to `options.logger` (silent by default). Every
 * answer body is kept in `responseLog`; when the test file ends, none may contain a value
 * registered with `registerSecret`.
 */
export async function startTestServer(
  overrides: Partial<ServerConfig> = {},
  options: { logger?: Logger } = {},
): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), "tessera-test-"));
  const defaults = loadConfig({ DATA_DIR: dataDir, WEB_DIST: join(dataDir, "no-web-dist") });
  const config: ServerConfig = {
    ...defaults,
    // Production cost is 2^17; tests hash hundreds of passwords on shared cores.
    passwordHashCost: 2 ** 10,
    checkResponses: true,
    // Tests sign up many users from one address and call upstreams on loopback.
    signupEnabled: true,
    blockPrivateNetworks: false,
    rateLimits: { ...defaults.rateLimits, signupPerIp: 0 },
    ...overrides,
  };
  const database = testStoreKind() === "postgres" ? await createTestDatabase(testAdminUrl()) : null;
  const store = database ? openPostgresStore(database.url, { maxConnections: 4 }) : openSqliteStore(dataDir);
  const discard = async () => {
    await store.close();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  let app: ReturnType<typeof createApp>;
  try {
    await store.migrate();
    const box = await openSecretBox(store, config);
    app = createApp({ store, config, logger: options.logger ?? createLogger("silent"), box });
  } catch (error) {
    // No close() is registered yet: a PostgreSQL database would outlive the test run.
    await discard();
    throw error;
  }
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await discard();
  };
  afterAll(close);
  return { url, store, config, dataDir, client: () => new TestClient(url), close };
}

/** Which store API tests run on: TESSERA_TEST_STORE=postgres, or SQLite by default. */
export function testStoreKind(): "sqlite" | "postgres" {
  return process.env.TESSERA_TEST_STORE === "postgres" ? "postgres" : "sqlite";
}

function testAdminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url)
    throw new Error(
      "TESSERA_TEST_STORE=postgres needs TEST_DATABASE_URL, an admin URL to a throwaway cluster",
    );
  return url;
}

afterAll(() => {
  for (const secret of responseLog.secrets) {
    const leaks = responseLog.bodies.filter((body) => body.includes(secret));
    expect(leaks, `secret value leaked in ${leaks.length} responses`).toEqual([]);
  }
});
