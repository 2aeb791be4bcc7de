import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "../auth/passwordHasher";
import { loadConfig } from "../config/loadConfig";
import { loadDatasourceForRun } from "../datasources/loadDatasourceForRun";
import { migrate } from "../db/migrate";
import { openDatabase } from "../db/openDatabase";
import { createStoreRateLimiters } from "../limits/createStoreRateLimiters";
import { createLogger } from "../logging/createLogger";
import { createSecretBox } from "../secrets/createSecretBox";
import { loadSecretKey } from "../secrets/loadSecretKey";
import { sqliteStoreOn } from "../store/sqlite/openSqliteStore";
import { seedDemo } from "./seedDemo";

function freshContext(env: Record<string, string> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), "tessera-seed-"));
  const config = { ...loadConfig({ DATA_DIR: dataDir, ...env }), passwordHashCost: 2 ** 10 };
  const db = openDatabase(dataDir);
  migrate(db);
  const store = sqliteStoreOn(db);
  return {
    store,
    db,
    config,
    logger: createLogger("silent"),
    box: createSecretBox(loadSecretKey(config)),
    limiters: createStoreRateLimiters(store.limits),
  };
}

describe("seedDemo", () => {
  it("creates the admin, the Demo workspace and the Demo Auth datasource once", async () => {
    const context = freshContext({
      DEMO_AUTH_API_KEY: "demo-key-1",
      DEMO_AUTH_URL: "http://localhost:3101/auth/v1",
    });
    const first = await seedDemo(context);
    expect(first?.email).toBe("admin@tessera.local");
    expect(first?.password.length).toBeGreaterThanOrEqual(12);
    expect(statSync(first!.file).mode & 0o777).toBe(0o600);
    expect(readFileSync(first!.file, "utf8")).toContain(first!.password);

    const user = context.db.prepare("SELECT * FROM users").get() as {
      password_hash: string;
      is_instance_admin: number;
    };
    expect(user.is_instance_admin).toBe(1);
    expect(await verifyPassword(first!.password, user.password_hash)).toBe(true);
    const ds = context.db
      .prepare("SELECT id, workspace_id FROM datasources WHERE name = 'Demo Auth'")
      .get() as {
      id: string;
      workspace_id: string;
    };
    const runnable = await loadDatasourceForRun(context.store, context.box, ds.id, ds.workspace_id);
    expect(runnable).toMatchObject({
      baseUrl: "http://localhost:3101/auth/v1",
      headers: [{ name: "apikey", value: "demo-key-1", secret: true }],
    });

    const second = await seedDemo(context);
    expect(second).toEqual(first);
    const counts = context.db
      .prepare(
        "SELECT (SELECT COUNT(*) FROM users) AS users, (SELECT COUNT(*) FROM workspaces) AS workspaces",
      )
      .get();
    expect(counts).toEqual({ users: 1, workspaces: 1 });
  });

  it("uses SEED_ADMIN_EMAIL and SEED_ADMIN_PASSWORD and runs extra steps in the same transaction", async () => {
    const context = freshContext({
      SEED_ADMIN_EMAIL: "Boss@Example.com",
      SEED_ADMIN_PASSWORD: "admin-password-123",
    });
    const seen: string[] = [];
    const credentials = await seedDemo(context, { extraSteps: [(_c, seed) => seen.push(seed.datasourceId)] });
    expect(credentials).toMatchObject({ email: "boss@example.com", password: "admin-password-123" });
    expect(seen).toHaveLength(1);
  });
});
