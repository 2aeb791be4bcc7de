import { readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "../auth/passwordHasher";
import { loadConfig } from "../config/loadConfig";
import { loadDatasourceForRun } from "../datasources/loadDatasourceForRun";
import { createLogger } from "../logging/createLogger";
import { openSecretBox } from "../secrets/openSecretBox";
import { startTestServer } from "../test/testServer";
import { seedDemo } from "./seedDemo";

/** A fresh app and the seed's context on its store, configured by `env` as main.ts would be. */
async function freshContext(env: Record<string, string> = {}) {
  const server = await startTestServer();
  const config = { ...loadConfig({ DATA_DIR: server.dataDir, ...env }), passwordHashCost: 2 ** 10 };
  const box = await openSecretBox(server.store, config);
  return { server, context: { store: server.store, config, logger: createLogger("silent"), box } };
}

describe("seedDemo", () => {
  it("creates the admin, the Demo workspace and the Demo Auth datasource once", async () => {
    const { server, context } = await freshContext({
      DEMO_AUTH_API_KEY: "demo-key-1",
      DEMO_AUTH_URL: "http://localhost:3101/auth/v1",
    });
    const first = await seedDemo(context);
    expect(first?.email).toBe("admin@tessera.local");
    expect(first?.password.length).toBeGreaterThanOrEqual(12);
    expect(statSync(first!.file).mode & 0o777).toBe(0o600);
    expect(readFileSync(first!.file, "utf8")).toContain(first!.password);

    const user = await server.store.users.findByEmail("admin@tessera.local");
    expect(user?.isInstanceAdmin).toBe(true);
    expect(await verifyPassword(first!.password, user!.passwordHash)).toBe(true);
    const [workspace, ...others] = await server.store.workspaces.listForUser(user!.id);
    expect(others).toEqual([]);
    expect(workspace).toMatchObject({ name: "Demo", role: "admin" });
    const datasources = await server.store.datasources.listForWorkspace(workspace.id);
    expect(datasources.map((ds) => ds.name)).toEqual(["Demo Auth"]);
    const runnable = await loadDatasourceForRun(context.store, context.box, datasources[0].id, workspace.id);
    expect(runnable).toMatchObject({
      baseUrl: "http://localhost:3101/auth/v1",
      headers: [{ name: "apikey", value: "demo-key-1", secret: true }],
    });

    const second = await seedDemo(context);
    expect(second).toEqual(first);
    expect(await server.store.users.count()).toBe(1);
    expect(await server.store.workspaces.listForUser(user!.id)).toHaveLength(1);
  });

  it("uses SEED_ADMIN_EMAIL and SEED_ADMIN_PASSWORD and runs extra steps in the same transaction", async () => {
    const { server, context } = await freshContext({
      SEED_ADMIN_EMAIL: "Boss@Example.com",
      SEED_ADMIN_PASSWORD: "admin-password-123",
    });
    const seen: string[] = [];
    const credentials = await seedDemo(context, {
      extraSteps: [async (_tx, seed) => seen.push(seed.datasourceId)],
    });
    expect(credentials).toMatchObject({ email: "boss@example.com", password: "admin-password-123" });
    expect(seen).toHaveLength(1);

    // A failing step rolls back the whole seed: the next start seeds again.
    const { server: other, context: failing } = await freshContext();
    await expect(
      seedDemo(failing, {
        extraSteps: [
          async () => {
            throw new Error("step failed");
          },
        ],
      }),
    ).rejects.toThrow("step failed");
    expect(await other.store.users.count()).toBe(0);
    expect(await server.store.users.count()).toBe(1);
  });
});
