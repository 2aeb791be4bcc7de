import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect } from "vitest";
import { createApp } from "../app";
import { loadConfig, type ServerConfig } from "../config/loadConfig";
import { migrate } from "../db/migrate";
import { type Db, openDatabase } from "../db/openDatabase";
import { createLogger } from "../logging/createLogger";
import { responseLog } from "./responseLog";
import { TestClient } from "./TestClient";

/** A running app on a random port with its own SQLite file in a temp folder. */
export interface TestServer {
  url: string;
  db: Db;
  config: ServerConfig;
  dataDir: string;
  /** A new client with its own cookie jar (a separate browser). */
  client(): TestClient;
  close(): Promise<void>;
}

/**
 * Starts the real app on `listen(0)`. Every answer body is kept in `responseLog`; when the
 * test file ends, none may contain a value registered with `registerSecret`.
 */
export async function startTestServer(overrides: Partial<ServerConfig> = {}): Promise<TestServer> {
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
  const db = openDatabase(dataDir);
  migrate(db);
  const app = createApp({ db, config, logger: createLogger("silent") });
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
    db.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  afterAll(close);
  return { url, db, config, dataDir, client: () => new TestClient(url), close };
}

afterAll(() => {
  for (const secret of responseLog.secrets) {
    const leaks = responseLog.bodies.filter((body) => body.includes(secret));
    expect(leaks, `secret value leaked in ${leaks.length} responses`).toEqual([]);
  }
});
