import type { Request } from "express";
import { describe, expect, it } from "vitest";
import { createLogger } from "../logging/createLogger";
import { openSecretBox } from "../secrets/openSecretBox";
import { createDatasource } from "../test/createDatasource";
import { createWorkspace } from "../test/createWorkspace";
import { registerSecret } from "../test/responseLog";
import { signUp } from "../test/signUp";
import { startDemoAuth } from "../test/startDemoAuth";
import type { TestClient } from "../test/TestClient";
import { startTestServer } from "../test/testServer";
import { createVault } from "../vault/createVault";
import { vaultOwnerOf } from "../vault/vaultOwner";
import { seedVaultApp, VAULT_APP_SLUG } from "./seedVaultApp";

const API_KEY = "sk-demo-auth-key-for-the-vault-seed";
const DEMO = { "inputs.email": "demo@example.com", "inputs.password": "password123" };

describe("seedVaultApp, against the real demo auth API with 2-second tokens", async () => {
  const demoAuth = await startDemoAuth(API_KEY, { tokenTtlSeconds: 2 });
  const server = await startTestServer();
  const author = server.client();
  const user = await signUp(author);
  const workspace = await createWorkspace(author);
  const datasource = await createDatasource(author, workspace.id, registerSecret(API_KEY), demoAuth.baseUrl);
  const seeded = await seedVaultApp(server.store, {
    workspaceId: workspace.id,
    datasourceId: datasource.id,
    userId: user.id,
  });
  const viewer = await server.client().get(`/api/v1/viewer/apps/${VAULT_APP_SLUG}`);
  const appId: string = viewer.body.appId;
  const home = viewer.body.pages.find((page: { name: string }) => page.name === "Home");

  const run = (visitor: TestClient, query: string, values: Record<string, unknown> = {}) =>
    visitor.post("/api/v1/run", {
      scope: "deployment",
      appId,
      pageId: home.id,
      instance: "Login1",
      query,
      values,
    });

  /** The visitor's access token as the server holds it: no answer ever carries it. */
  const tokenOf = async (visitor: TestClient): Promise<string> => {
    const vault = createVault({
      store: server.store,
      box: await openSecretBox(server.store, server.config),
      logger: createLogger("silent"),
      idleMs: server.config.appSessionIdleMs,
      maxMs: server.config.appSessionMaxMs,
    });
    const session = await vault.open(
      { headers: { cookie: visitor.cookieHeader() } } as Request,
      vaultOwnerOf({ scope: "deployment", appId }),
    );
    return registerSecret(String(session?.values.access_token));
  };

  it("deploys a public app whose viewer JSON asks the browser for no vault value", () => {
    expect(seeded).toEqual({ appSlug: VAULT_APP_SLUG });
    expect(viewer.status).toBe(200);
    expect(viewer.text).not.toMatch(/vault\.(access|refresh)_token/);
    const [pkg] = viewer.body.packages;
    expect(pkg.queryModules.map((m: { name: string; bindings: string[] }) => [m.name, m.bindings])).toEqual([
      ["sign_in", ["inputs.email", "inputs.password"]],
      ["get_user", []],
      ["refresh", []],
      ["sign_out", []],
    ]);
  });

  it("signs in with the tokens kept on the server, renews an expired one and revokes it on sign out", async () => {
    const visitor = server.client();
    const signedIn = await run(visitor, "sign_in", DEMO);
    expect(signedIn.body).toMatchObject({
      ok: true,
      vault: { kept: ["access_token", "refresh_token", "expires_at"] },
    });
    expect(signedIn.body.body.user.email).toBe("demo@example.com");
    expect(signedIn.body.body).not.toHaveProperty("access_token");
    const first = await tokenOf(visitor);

    const profile = await run(visitor, "get_user");
    expect(profile.body).toMatchObject({ ok: true, body: { email: "demo@example.com" } });
    expect(profile.body.vault.refreshed).toBeUndefined();

    // The access token lives two seconds (GoTrue then answers 403): the next run renews it.
    await new Promise((resolve) => setTimeout(resolve, 3_100));
    const renewed = await run(visitor, "get_user");
    expect(renewed.body).toMatchObject({
      ok: true,
      body: { email: "demo@example.com" },
      vault: { refreshed: true },
    });
    const second = await tokenOf(visitor);
    expect(second).not.toBe(first);

    const out = await run(visitor, "sign_out");
    expect(out.body).toMatchObject({ ok: true, status: 204 });
    const old = await fetch(`${demoAuth.baseUrl}/user`, {
      headers: { apikey: API_KEY, Authorization: `Bearer ${second}` },
    });
    expect(old.status).toBe(403);
    expect(await run(visitor, "get_user").then((r) => r.body.error.code)).toBe("session_expired");
  });

  it("does nothing the second time", async () => {
    expect(
      await seedVaultApp(server.store, {
        workspaceId: workspace.id,
        datasourceId: datasource.id,
        userId: user.id,
      }),
    ).toBeNull();
  });
});
