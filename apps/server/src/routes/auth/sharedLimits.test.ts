import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createApp } from "../../app";
import { loadConfig, type ServerConfig } from "../../config/loadConfig";
import { createLogger } from "../../logging/createLogger";
import { createSecretBox } from "../../secrets/createSecretBox";
import { loadSecretKey } from "../../secrets/loadSecretKey";
import { openPostgresStore } from "../../store/postgres/openPostgresStore";
import type { Store } from "../../store/Store";
import { openSqliteStore } from "../../store/sqlite/openSqliteStore";
import { createTestDatabase } from "../../test/createTestDatabase";
import { TestClient } from "../../test/TestClient";
import { testStoreKind } from "../../test/testServer";

/**
 * Two instances of the app on one database, as two server processes behind a load balancer:
 * two stores (two pools, or two SQLite connections on one file) and two createApp calls.
 */
async function startTwoInstances(overrides: Partial<ServerConfig>): Promise<[string, string]> {
  const dataDir = mkdtempSync(join(tmpdir(), "tessera-shared-"));
  const config: ServerConfig = {
    ...loadConfig({ DATA_DIR: dataDir, WEB_DIST: join(dataDir, "no-web-dist") }),
    passwordHashCost: 2 ** 10,
    signupEnabled: true,
    ...overrides,
  };
  const database =
    testStoreKind() === "postgres" ? await createTestDatabase(process.env.TEST_DATABASE_URL!) : null;
  const openOne = (): Store =>
    database ? openPostgresStore(database.url, { maxConnections: 2 }) : openSqliteStore(dataDir);
  const stores = [openOne(), openOne()];
  const servers: Server[] = [];
  afterAll(async () => {
    for (const server of servers) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
    for (const store of stores) await store.close();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });
  for (const store of stores) await store.migrate();
  const box = createSecretBox(loadSecretKey(config));
  const urls = await Promise.all(
    stores.map(
      (store) =>
        new Promise<string>((resolve) => {
          const server = createApp({ store, config, logger: createLogger("silent"), box }).listen(
            0,
            "127.0.0.1",
            () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
          );
          servers.push(server);
        }),
    ),
  );
  return [urls[0], urls[1]];
}

describe("limits shared by two instances on one database", async () => {
  const [a, b] = await startTwoInstances({ rateLimits: { ...loadConfig({}).rateLimits, signupPerIp: 3 } });

  it("counts failed logins through either instance against one limit", async () => {
    const email = `shared-${Math.random().toString(36).slice(2, 8)}@example.com`;
    const password = "correct-horse-1";
    expect((await new TestClient(a).post("/api/v1/auth/signup", { email, password, name: "S" })).status).toBe(
      201,
    );
    const wrong = { email, password: "wrong-password-1" };
    // Three free failures, then a wait after the fourth: two of them on each instance.
    for (const url of [a, b, a, b]) {
      expect((await new TestClient(url).post("/api/v1/auth/login", wrong)).status).toBe(401);
    }
    // Each instance alone has seen two failures, which would not be enough to hold anyone back.
    const held = await new TestClient(a).post("/api/v1/auth/login", { email, password });
    expect(held.status).toBe(429);
    expect(Number(held.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
  });

  it("counts sign-ups through either instance against one per-address limit", async () => {
    const signUpThrough = (url: string, i: number) =>
      new TestClient(url).post("/api/v1/auth/signup", {
        email: `limit-${i}-${Math.random().toString(36).slice(2, 8)}@example.com`,
        password: "correct-horse-1",
        name: "S",
      });
    // The first test's sign-up counted too: 3 per hour from this address in all.
    expect((await signUpThrough(b, 1)).status).toBe(201);
    expect((await signUpThrough(a, 2)).status).toBe(201);
    expect((await signUpThrough(b, 3)).status).toBe(429);
  });
});
