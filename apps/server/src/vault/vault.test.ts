import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { emptyPageDoc, type ModuleBody, type PageDoc } from "@tessera/model";
import { beforeAll, describe, expect, it } from "vitest";
import { insertApp, insertPackage } from "../routes/run/insertRunFixtures";
import { createDatasource } from "../test/createDatasource";
import { createWorkspace } from "../test/createWorkspace";
import { signUp } from "../test/signUp";
import { type AuthUpstream, startAuthUpstream } from "../test/startAuthUpstream";
import type { TestClient, TestResponse } from "../test/TestClient";
import { startTestServer, type TestServer, testStoreKind } from "../test/testServer";

const KEPT = ["access_token", "refresh_token", "expires_at"];
const json = [{ key: "Content-Type", value: "application/json" }];

function authModules(datasourceId: string): ModuleBody[] {
  return [
    {
      kind: "query",
      name: "sign_in",
      inputs: [
        { name: "email", type: "text", required: false, defaultValue: "", description: "" },
        { name: "password", type: "text", required: false, defaultValue: "", description: "" },
      ],
      vaultKeep: KEPT,
      config: {
        datasourceId,
        method: "POST",
        path: "/token",
        queryParams: [{ key: "grant_type", value: "password" }],
        headers: json,
        body: '{ "email": {{inputs.email}}, "password": {{inputs.password}} }',
      },
    },
    {
      kind: "query",
      name: "get_user",
      inputs: [],
      config: {
        datasourceId,
        method: "GET",
        path: "/user",
        queryParams: [],
        headers: [{ key: "Authorization", value: "Bearer {{vault.access_token}}" }],
        body: "",
      },
    },
    {
      kind: "query",
      name: "refresh",
      inputs: [],
      vaultKeep: KEPT,
      vaultRefresh: { onStatus: [401] },
      config: {
        datasourceId,
        method: "POST",
        path: "/token",
        queryParams: [{ key: "grant_type", value: "refresh_token" }],
        headers: json,
        body: '{ "refresh_token": {{vault.refresh_token}} }',
      },
    },
    {
      kind: "query",
      name: "sign_out",
      inputs: [],
      config: {
        datasourceId,
        method: "POST",
        path: "/logout",
        queryParams: [],
        headers: [{ key: "Authorization", value: "Bearer {{vault.access_token}}" }],
        body: "",
      },
    },
    { kind: "js", name: "Login", inputs: [], source: "export default { noop: () => 1 }" },
  ];
}

function pageDoc(packageId: string, datasourceId: string): PageDoc {
  return {
    ...emptyPageDoc(),
    queries: [
      {
        id: "q1",
        name: "whoami",
        runOnPageLoad: false,
        config: {
          datasourceId,
          method: "GET",
          path: "/user",
          queryParams: [],
          headers: [{ key: "Authorization", value: "Bearer {{vault.access_token}}" }],
          body: "",
        },
      },
    ],
    moduleInstances: [
      {
        id: "i1",
        name: "Auth1",
        packageId,
        moduleName: "Login",
        version: 1,
        runOnPageLoad: [],
        inputs: {},
        confirmBeforeRun: false,
      },
    ],
  };
}

interface Fixture {
  server: TestServer;
  upstream: AuthUpstream;
  developer: TestClient;
  workspaceId: string;
  packageId: string;
  appA: { appId: string; pageId: string };
  appB: { appId: string; pageId: string };
}

async function setUp(overrides: Parameters<typeof startTestServer>[0] = {}): Promise<Fixture> {
  const upstream = await startAuthUpstream({ refreshDelayMs: 150 });
  const server = await startTestServer(overrides);
  const developer = server.client();
  await signUp(developer);
  const workspaceId = (await createWorkspace(developer)).id;
  const datasource = await createDatasource(developer, workspaceId, "sk-vault-test-key", upstream.url);
  const { id: packageId } = await insertPackage(developer, workspaceId, authModules(datasource.id));
  const doc = pageDoc(packageId, datasource.id);
  const appA = await insertApp(developer, server.store, workspaceId, { isPublic: true, doc });
  const appB = await insertApp(developer, server.store, workspaceId, { isPublic: true, doc });
  return { server, upstream, developer, workspaceId, packageId, appA, appB };
}

const run = (
  visitor: TestClient,
  app: { appId: string; pageId: string },
  query: string,
  values: Record<string, unknown> = {},
  options: { instance?: string | null; scope?: "deployment" | "draft" } = {},
): Promise<TestResponse> =>
  visitor.post("/api/v1/run", {
    scope: options.scope ?? "deployment",
    appId: app.appId,
    pageId: app.pageId,
    ...(options.instance === null ? {} : { instance: options.instance ?? "Auth1" }),
    query,
    values,
  });

const signIn = (
  visitor: TestClient,
  app: { appId: string; pageId: string },
  scope?: "deployment" | "draft",
) =>
  run(
    visitor,
    app,
    "sign_in",
    { "inputs.email": "visitor@example.com", "inputs.password": "right" },
    { scope },
  );

const keysOf = async (visitor: TestClient, appId: string, scope = "deployment") =>
  (await visitor.get(`/api/v1/vault?scope=${scope}&appId=${appId}`)).body.keys;

function vaultCookie(response: TestResponse): string | undefined {
  return response.headers.getSetCookie().find((cookie) => cookie.startsWith("tessera_vault_"));
}

describe("the session vault", () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await setUp();
  });

  it("keeps the named fields in the vault and removes them from the response, which lists them", async () => {
    const visitor = f.server.client();
    const signedIn = await signIn(visitor, f.appA);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.ok).toBe(true);
    expect(signedIn.body.body).toEqual({ token_type: "bearer", user: { email: "visitor@example.com" } });
    expect(signedIn.body.vault).toEqual({ keys: KEPT, kept: KEPT });
    expect(signedIn.text).not.toContain(f.upstream.accessTokens.at(-1));
    expect(await keysOf(visitor, f.appA.appId)).toEqual(KEPT);
  });

  it("sets an HttpOnly, SameSite=Strict cookie for the API path only, named for the app", async () => {
    const visitor = f.server.client();
    const cookie = vaultCookie(await signIn(visitor, f.appA));
    expect(cookie).toMatch(new RegExp(`^tessera_vault_app_${f.appA.appId}=[A-Za-z0-9_-]{43};`));
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Path=\/api\/v1/);
    // Plain HTTP here; over HTTPS the same cookie is Secure.
    expect(cookie).not.toMatch(/; Secure/);
  });

  it("substitutes {{vault.x}} on the server, for module and app queries, and the browser is never asked for it", async () => {
    const visitor = f.server.client();
    await signIn(visitor, f.appA);
    const token = f.upstream.accessTokens.at(-1);
    const user = await run(visitor, f.appA, "get_user");
    expect(user.body).toMatchObject({ ok: true, status: 200, body: { email: "visitor@example.com" } });
    expect(f.upstream.userAuthorizations.at(-1)).toBe(`Bearer ${token}`);
    const whoami = await run(visitor, f.appA, "whoami", {}, { instance: null });
    expect(whoami.body).toMatchObject({ ok: true, body: { email: "visitor@example.com" } });

    const viewer = await visitor.get(`/api/v1/viewer/apps/${await appSlug(f, f.appA.appId)}`);
    expect(viewer.status).toBe(200);
    expect(viewer.text).not.toContain("vault.access_token");
    expect(viewer.body.pages[0].queries[0]).toMatchObject({ name: "whoami", bindings: [] });
  });

  it("refuses vault values sent by the browser", async () => {
    const visitor = f.server.client();
    await signIn(visitor, f.appA);
    for (const key of ["vault.access_token", " vault.access_token ", "vault['access_token']"]) {
      const refused = await run(visitor, f.appA, "get_user", { [key]: "attacker-token" });
      expect(refused.status).toBe(400);
      expect(refused.body.error.code).toBe("vault_value_refused");
      expect(refused.body.error.message).toContain("body.values.");
    }
    expect(f.upstream.userAuthorizations).not.toContain("Bearer attacker-token");
  });

  it("refreshes once for runs that all find the token expired, then retries each", async () => {
    const visitor = f.server.client();
    await signIn(visitor, f.appA);
    f.upstream.expireAccessTokens();
    const before = f.upstream.refreshes;
    const answers = await Promise.all(Array.from({ length: 6 }, () => run(visitor, f.appA, "get_user")));
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ ok: true, body: { email: "visitor@example.com" } });
      expect(answer.body.vault).toMatchObject({ keys: KEPT, refreshed: true });
    }
    expect(f.upstream.refreshes - before).toBe(1);
    // The renewed token is the one used from now on, by app queries too.
    const whoami = await run(visitor, f.appA, "whoami", {}, { instance: null });
    expect(whoami.body).toMatchObject({ ok: true });
    expect(f.upstream.refreshes - before).toBe(1);
  });

  it("clears the vault and answers session_expired when the refresh is refused", async () => {
    const visitor = f.server.client();
    await signIn(visitor, f.appA);
    f.upstream.expireAccessTokens();
    f.upstream.revokeRefreshTokens();
    const expired = await run(visitor, f.appA, "get_user");
    expect(expired.status).toBe(401);
    expect(expired.body.error.code).toBe("session_expired");
    expect(vaultCookie(expired)).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect(await keysOf(visitor, f.appA.appId)).toEqual([]);
    // A visitor who never signed in gets the same answer, without a call to refresh.
    const before = f.upstream.refreshes;
    const stranger = await run(f.server.client(), f.appA, "get_user");
    expect(stranger.body.error.code).toBe("session_expired");
    expect(f.upstream.refreshes).toBe(before);
  });

  it("never opens one app's session for another app, even under that app's cookie name", async () => {
    const visitor = f.server.client();
    const cookie = vaultCookie(await signIn(visitor, f.appA));
    const id = cookie?.split(";")[0].split("=")[1] ?? "";
    expect(await keysOf(visitor, f.appB.appId)).toEqual([]);
    const other = f.server.client();
    other.setCookie(`tessera_vault_app_${f.appB.appId}`, id);
    expect(await keysOf(other, f.appB.appId)).toEqual([]);
    const user = await run(other, f.appB, "get_user");
    expect(user.body.error.code).toBe("session_expired");
    // The session still works for its own app.
    expect(await keysOf(visitor, f.appA.appId)).toEqual(KEPT);
  });

  it("keeps the editor preview's session apart from the deployed app's", async () => {
    await signIn(f.developer, f.appA, "draft");
    expect(await keysOf(f.developer, f.appA.appId, "draft")).toEqual(KEPT);
    expect(await keysOf(f.developer, f.appA.appId, "deployment")).toEqual([]);
    const user = await run(f.developer, f.appA, "get_user", {}, { scope: "draft" });
    expect(user.body).toMatchObject({ ok: true, body: { email: "visitor@example.com" } });
  });

  it("empties the vault on clear and after sign out", async () => {
    const visitor = f.server.client();
    await signIn(visitor, f.appA);
    const out = await run(visitor, f.appA, "sign_out");
    expect(out.body).toMatchObject({ ok: true, status: 204 });
    const cleared = await visitor.post("/api/v1/vault/clear", { scope: "deployment", appId: f.appA.appId });
    expect(cleared.body).toEqual({ keys: [] });
    expect(await keysOf(visitor, f.appA.appId)).toEqual([]);
  });

  it("stores vault values sealed: no token appears in the database as plain text", async () => {
    const visitor = f.server.client();
    const cookie = vaultCookie(await signIn(visitor, f.appA)) ?? "";
    const token = f.upstream.accessTokens.at(-1) ?? "";
    const id = cookie.split(";")[0].split("=")[1];
    const record = await f.server.store.appSessions.find(
      createHash("sha256").update(id).digest("hex"),
      `app:${f.appA.appId}`,
    );
    expect(record?.sealedValues).toMatch(/^v2\./);
    expect(record?.sealedValues).not.toContain(token);
    if (testStoreKind() === "sqlite") {
      const files = ["tessera.db", "tessera.db-wal"].map((name) => join(f.server.dataDir, name));
      const present = files.filter((file) => existsSync(file));
      expect(present.length).toBeGreaterThan(0);
      for (const file of present) {
        const bytes = readFileSync(file);
        expect(bytes.includes(Buffer.from(token))).toBe(false);
        expect(bytes.includes(Buffer.from(id))).toBe(false);
      }
    }
  });
});

describe("the vault cookie over HTTPS", () => {
  it("is Secure when the request came over HTTPS (through a trusted proxy)", async () => {
    const f = await setUp({ trustProxy: true });
    const visitor = f.server.client();
    const answer = await visitor.request(
      "POST",
      "/api/v1/run",
      {
        scope: "deployment",
        appId: f.appA.appId,
        pageId: f.appA.pageId,
        instance: "Auth1",
        query: "sign_in",
        values: { "inputs.email": "visitor@example.com", "inputs.password": "right" },
      },
      { "x-forwarded-proto": "https" },
    );
    expect(answer.status).toBe(200);
    expect(vaultCookie(answer)).toMatch(/; Secure/);
  });
});

describe("refresh actions", () => {
  it("refuses to publish a package that marks two query modules as its refresh action", async () => {
    const f = await setUp();
    const created = await f.developer.post(`/api/v1/workspaces/${f.workspaceId}/packages`, {
      name: "Two refreshes",
    });
    const id: string = created.body.package.id;
    const refresh = authModules("unused").find((m) => m.name === "refresh");
    if (refresh?.kind !== "query") throw new Error("the fixture has a refresh query module");
    for (const name of ["refresh", "refresh_again"])
      expect(
        (
          await f.developer.post(`/api/v1/packages/${id}/modules`, {
            ...refresh,
            name,
            config: { ...refresh.config, datasourceId: null },
          })
        ).status,
      ).toBe(201);
    const published = await f.developer.post(`/api/v1/packages/${id}/publish`);
    expect(published.status).toBe(400);
    expect(published.body.error.code).toBe("several_refresh_actions");
    expect(published.body.error.message).toContain("refresh, refresh_again");
  });
});

describe("session lifetimes", () => {
  it("ends a session idle for longer than the idle lifetime and removes it", async () => {
    const f = await setUp({ appSessionIdleMs: 400 });
    const visitor = f.server.client();
    const cookie = vaultCookie(await signIn(visitor, f.appA)) ?? "";
    const idHash = createHash("sha256").update(cookie.split(";")[0].split("=")[1]).digest("hex");
    expect(await keysOf(visitor, f.appA.appId)).toEqual(KEPT);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await keysOf(visitor, f.appA.appId)).toEqual([]);
    expect(await f.server.store.appSessions.find(idHash, `app:${f.appA.appId}`)).toBeUndefined();
  });

  it("ends a session at its absolute end, however much it is used", async () => {
    const f = await setUp({ appSessionMaxMs: 700 });
    const visitor = f.server.client();
    await signIn(visitor, f.appA);
    for (let i = 0; i < 3; i++) {
      expect(await keysOf(visitor, f.appA.appId)).toEqual(KEPT);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await keysOf(visitor, f.appA.appId)).toEqual([]);
  });
});

async function appSlug(f: Fixture, appId: string): Promise<string> {
  const apps = await f.developer.get(`/api/v1/workspaces/${f.workspaceId}/apps`);
  return apps.body.apps.find((app: { id: string; slug: string }) => app.id === appId).slug;
}
