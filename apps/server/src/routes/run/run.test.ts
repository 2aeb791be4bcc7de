import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { emptyPageDoc, type ModuleBody, type PageDoc } from "@tessera/model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../app";
import { loadConfig } from "../../config/loadConfig";
import { migrate } from "../../db/migrate";
import { openDatabase } from "../../db/openDatabase";
import { createLogger } from "../../logging/createLogger";
import { createDatasource } from "../../test/createDatasource";
import { addMember, createWorkspace } from "../../test/createWorkspace";
import { responseLog } from "../../test/responseLog";
import { signUp } from "../../test/signUp";
import { TestClient } from "../../test/TestClient";
import { insertApp, insertPackage } from "./insertRunFixtures";

const DEMO_AUTH_KEY = "sk-demo-auth-secret-for-run-tests";

/** Starts the real demo auth process on a random port; resolves with its base URL. */
async function startDemoAuth(): Promise<{ child: ChildProcess; baseUrl: string }> {
  const main = fileURLToPath(new URL("../../../../demo-auth/src/main.ts", import.meta.url));
  const child = spawn(process.execPath, ["--import", "tsx", main], {
    env: {
      ...process.env,
      DEMO_AUTH_PORT: "0",
      DEMO_AUTH_HOST: "127.0.0.1",
      DEMO_AUTH_API_KEY: DEMO_AUTH_KEY,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`demo-auth exited with ${code}`)));
    child.stdout?.on("data", (chunk: Buffer) => {
      const match = /"port":(\d+)/.exec(chunk.toString());
      if (match) resolve(Number(match[1]));
    });
  });
  return { child, baseUrl: `http://127.0.0.1:${port}/auth/v1` };
}

const signInModule: ModuleBody = {
  kind: "query",
  name: "sign_in",
  inputs: [
    { name: "email", defaultValue: "demo@example.com" },
    { name: "password", defaultValue: "" },
  ],
  config: {
    datasourceId: null,
    method: "POST",
    path: "/token?grant_type=password",
    queryParams: [],
    headers: [],
    body: '{ "email": {{inputs.email}}, "password": {{inputs.password}} }',
  },
};

describe("POST /api/v1/run", () => {
  const logLines: string[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), "tessera-run-test-"));
  const db = openDatabase(dataDir);
  migrate(db);
  const config = {
    ...loadConfig({ DATA_DIR: dataDir, WEB_DIST: join(dataDir, "none") }),
    passwordHashCost: 2 ** 10,
    signupEnabled: true,
  };
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(chunk.toString());
      done();
    },
  });
  // Debug level, so the run's own log line is captured for the secret check too.
  const app = createApp({ db, config, logger: createLogger("debug", logStream) });
  let server: Server;
  let demoAuth: Awaited<ReturnType<typeof startDemoAuth>>;
  let url = "";
  const client = () => new TestClient(url);

  let adminClient: TestClient;
  let viewer: TestClient;
  let developer: TestClient;
  let outsider: TestClient;
  let anonymous: TestClient;
  let workspaceId = "";
  let datasourceId = "";
  let packageId = "";
  let publicApp: { appId: string; pageId: string };
  let privateApp: { appId: string; pageId: string };

  const pageDoc = (moduleQueriesFrom: string | null, datasource: string): PageDoc => ({
    ...emptyPageDoc(),
    queries: [
      {
        id: "q1",
        name: "getUser",
        runOnPageLoad: false,
        config: {
          datasourceId: datasource,
          method: "GET",
          path: "/user",
          queryParams: [],
          headers: [{ key: "Authorization", value: "Bearer {{appsmith.store.access_token}}" }],
          body: "",
        },
      },
    ],
    moduleInstances: moduleQueriesFrom
      ? [
          {
            id: "i1",
            name: "Login1",
            packageId: moduleQueriesFrom,
            moduleName: "Login",
            version: 1,
            runOnPageLoad: [],
          },
        ]
      : [],
  });

  beforeAll(async () => {
    demoAuth = await startDemoAuth();
    server = await new Promise((resolve) => {
      const s = app.listen(0, "127.0.0.1", () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    adminClient = client();
    viewer = client();
    developer = client();
    outsider = client();
    anonymous = client();
    await signUp(adminClient);
    const viewerUser = await signUp(viewer);
    const developerUser = await signUp(developer);
    await signUp(outsider);
    workspaceId = (await createWorkspace(adminClient)).id;
    await addMember(adminClient, workspaceId, viewerUser.email, "viewer");
    await addMember(adminClient, workspaceId, developerUser.email, "developer");
    responseLog.secrets.add(DEMO_AUTH_KEY);
    datasourceId = (await createDatasource(adminClient, workspaceId, DEMO_AUTH_KEY, demoAuth.baseUrl)).id;

    const module = { ...signInModule, config: { ...signInModule.config, datasourceId } } as ModuleBody;
    packageId = insertPackage(db, workspaceId, [module]).id;
    const packages = [{ packageId, version: 1, modules: [module] }];
    publicApp = insertApp(db, workspaceId, {
      isPublic: true,
      doc: pageDoc(packageId, datasourceId),
      packages,
    });
    privateApp = insertApp(db, workspaceId, {
      isPublic: false,
      doc: pageDoc(packageId, datasourceId),
      packages,
    });
  });

  afterAll(async () => {
    demoAuth?.child.kill("SIGTERM");
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    db.close();
    rmSync(dataDir, { recursive: true, force: true });
    // The check must have something to look at: runs were answered and logged.
    expect(logLines.some((line) => line.includes('"msg":"run"'))).toBe(true);
    expect(responseLog.bodies.length).toBeGreaterThan(20);
    const leaks = [...responseLog.bodies, ...logLines].filter((text) => text.includes(DEMO_AUTH_KEY));
    expect(leaks).toEqual([]);
  });

  const signIn = (who: TestClient, app: { appId: string; pageId: string }, values: Record<string, unknown>) =>
    who.post("/api/v1/run", {
      scope: "deployment",
      appId: app.appId,
      pageId: app.pageId,
      instance: "Login1",
      query: "sign_in",
      values,
    });

  it("signs in through a deployed module query of a public app, anonymously", async () => {
    const res = await signIn(anonymous, publicApp, {
      "inputs.email": "demo@example.com",
      "inputs.password": "password123",
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ok: true, status: 200, body: { token_type: "bearer" } });
    expect(typeof res.body.body.access_token).toBe("string");
    expect(res.body.durationMs).toBeGreaterThan(0);
  });

  it("fills a missing input with its default", async () => {
    const res = await signIn(anonymous, publicApp, { "inputs.password": "password123" });
    expect(res.body.body.user.email).toBe("demo@example.com");
  });

  it("returns a wrong password as data with ok=false", async () => {
    const res = await signIn(anonymous, publicApp, {
      "inputs.email": "demo@example.com",
      "inputs.password": "bad",
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      ok: false,
      status: 400,
      body: { error_code: "invalid_credentials", msg: "Invalid login credentials" },
    });
  });

  it("sends an injection attempt as a plain string", async () => {
    const res = await signIn(anonymous, publicApp, {
      "inputs.email": 'demo@example.com", "password": "password123',
      "inputs.password": "bad",
    });
    expect(res.body).toMatchObject({ ok: false, status: 400 });
  });

  it("runs an app query with a header binding", async () => {
    const signedIn = await signIn(anonymous, publicApp, { "inputs.password": "password123" });
    const res = await anonymous.post("/api/v1/run", {
      scope: "deployment",
      appId: publicApp.appId,
      pageId: publicApp.pageId,
      query: "getUser",
      values: { "appsmith.store.access_token": signedIn.body.body.access_token },
    });
    expect(res.body).toMatchObject({ ok: true, body: { email: "demo@example.com" } });
  });

  it("asks a signed-out caller to sign in for a private app, and hides it from non-members", async () => {
    const values = { "inputs.password": "password123" };
    expect((await signIn(anonymous, privateApp, values)).status).toBe(401);
    expect((await signIn(outsider, privateApp, values)).status).toBe(404);
    expect((await signIn(viewer, privateApp, values)).body.ok).toBe(true);
  });

  it("applies a visibility switch and a datasource edit from the very next run", async () => {
    const values = { "inputs.password": "password123" };
    const switching = insertApp(db, workspaceId, {
      isPublic: true,
      doc: pageDoc(packageId, datasourceId),
      packages: [
        {
          packageId,
          version: 1,
          modules: [{ ...signInModule, config: { ...signInModule.config, datasourceId } }],
        },
      ],
    });
    expect((await signIn(anonymous, switching, values)).body.ok).toBe(true);
    db.prepare("UPDATE apps SET is_public = 0 WHERE id = ?").run(switching.appId);
    expect((await signIn(anonymous, switching, values)).status).toBe(401);
    db.prepare("UPDATE apps SET is_public = 1 WHERE id = ?").run(switching.appId);
    expect((await signIn(anonymous, switching, values)).body.ok).toBe(true);
    const baseUrl = (
      db.prepare("SELECT base_url FROM datasources WHERE id = ?").get(datasourceId) as {
        base_url: string;
      }
    ).base_url;
    db.prepare("UPDATE datasources SET base_url = ? WHERE id = ?").run(
      "http://127.0.0.1:9/auth/v1",
      datasourceId,
    );
    try {
      expect((await signIn(anonymous, switching, values)).status).toBe(502);
    } finally {
      db.prepare("UPDATE datasources SET base_url = ? WHERE id = ?").run(baseUrl, datasourceId);
    }
    expect((await signIn(anonymous, switching, values)).body.ok).toBe(true);
  });

  it("answers 404 for an unknown query, page, instance or app", async () => {
    const base = { scope: "deployment", appId: publicApp.appId, pageId: publicApp.pageId, values: {} };
    expect((await anonymous.post("/api/v1/run", { ...base, query: "nope" })).status).toBe(404);
    expect((await anonymous.post("/api/v1/run", { ...base, pageId: "nope", query: "getUser" })).status).toBe(
      404,
    );
    expect(
      (await anonymous.post("/api/v1/run", { ...base, instance: "Nope1", query: "sign_in" })).status,
    ).toBe(404);
    expect((await anonymous.post("/api/v1/run", { ...base, appId: "nope", query: "getUser" })).status).toBe(
      404,
    );
  });

  it("answers 404 when a page of another app is named", async () => {
    const res = await viewer.post("/api/v1/run", {
      scope: "deployment",
      appId: publicApp.appId,
      pageId: privateApp.pageId,
      query: "getUser",
      values: {},
    });
    expect(res.status).toBe(404);
  });

  it("answers 404 for an app that was never deployed", async () => {
    const draftOnly = insertApp(db, workspaceId, {
      isPublic: true,
      doc: pageDoc(null, datasourceId),
      deployed: false,
    });
    const res = await anonymous.post("/api/v1/run", {
      scope: "deployment",
      ...draftOnly,
      query: "getUser",
      values: {},
    });
    expect(res.status).toBe(404);
  });

  it("lets a developer run a draft query and hides drafts from viewers and outsiders", async () => {
    const body = {
      scope: "draft",
      appId: publicApp.appId,
      pageId: publicApp.pageId,
      instance: "Login1",
      query: "sign_in",
      values: { "inputs.password": "password123" },
    };
    expect((await developer.post("/api/v1/run", body)).body.ok).toBe(true);
    expect((await viewer.post("/api/v1/run", body)).status).toBe(404);
    expect((await outsider.post("/api/v1/run", body)).status).toBe(404);
    expect((await anonymous.post("/api/v1/run", body)).status).toBe(401);
  });

  it("runs a package's query module, published or draft, for developers only", async () => {
    const body = {
      scope: "package",
      packageId,
      query: "sign_in",
      values: { "inputs.password": "password123" },
    };
    expect((await developer.post("/api/v1/run", { ...body, version: 1 })).body.ok).toBe(true);
    expect((await developer.post("/api/v1/run", { ...body, version: null })).body.ok).toBe(true);
    expect((await developer.post("/api/v1/run", { ...body, version: 2 })).status).toBe(404);
    expect((await viewer.post("/api/v1/run", { ...body, version: 1 })).status).toBe(404);
    expect((await outsider.post("/api/v1/run", { ...body, version: 1 })).status).toBe(404);
  });

  it("refuses a query whose datasource belongs to another workspace", async () => {
    const otherWorkspace = (await createWorkspace(outsider, "Other")).id;
    const foreign = insertApp(db, otherWorkspace, { isPublic: true, doc: pageDoc(null, datasourceId) });
    const res = await anonymous.post("/api/v1/run", {
      scope: "deployment",
      ...foreign,
      query: "getUser",
      values: {},
    });
    expect(res.status).toBe(404);
  });

  it("answers 502 upstream_unreachable when the datasource is down", async () => {
    const down = (
      await createDatasource(adminClient, workspaceId, DEMO_AUTH_KEY, "http://127.0.0.1:9/auth/v1")
    ).id;
    const app = insertApp(db, workspaceId, { isPublic: true, doc: pageDoc(null, down) });
    const res = await anonymous.post("/api/v1/run", {
      scope: "deployment",
      ...app,
      query: "getUser",
      values: {},
    });
    expect(res.status).toBe(502);
    expect(res.body.error).toEqual({
      code: "upstream_unreachable",
      message: "Could not connect to http://127.0.0.1:9: connection refused. Is the service running?",
    });
  });

  it("is documented in the OpenAPI document", async () => {
    const res = await anonymous.get("/api/openapi.json");
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(["/api/v1/run", "/api/v1/datasources/{datasourceId}/test"]),
    );
  });

  it("runs what the authoring endpoints published and deployed", async () => {
    const pkg = (await adminClient.post(`/api/v1/workspaces/${workspaceId}/packages`, { name: "Auth" })).body
      .package;
    const module = { ...signInModule, config: { ...signInModule.config, datasourceId } };
    expect((await adminClient.post(`/api/v1/packages/${pkg.id}/modules`, module)).status).toBe(201);
    expect((await adminClient.post(`/api/v1/packages/${pkg.id}/publish`)).status).toBe(201);
    const created = await adminClient.post(`/api/v1/workspaces/${workspaceId}/apps`, {
      name: "Deployed login",
      isPublic: true,
    });
    expect(created.status).toBe(201);
    const appId: string = created.body.app.id;
    const pageId: string = created.body.pages[0].id;
    const draft = (await adminClient.get(`/api/v1/apps/${appId}/pages/${pageId}/doc`)).body;
    const saved = await adminClient.put(`/api/v1/apps/${appId}/pages/${pageId}/doc`, {
      revision: draft.revision,
      doc: pageDoc(pkg.id, datasourceId),
    });
    expect(saved.status).toBe(200);
    expect((await adminClient.post(`/api/v1/apps/${appId}/deploy`)).status).toBe(201);

    const res = await signIn(anonymous, { appId, pageId }, { "inputs.password": "password123" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ok: true, body: { user: { email: "demo@example.com" } } });
  });

  describe("POST /api/v1/datasources/:datasourceId/test", () => {
    it("reports that a running datasource answers", async () => {
      const res = await adminClient.post(`/api/v1/datasources/${datasourceId}/test`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ ok: true, status: 404 });
      expect(res.body.message).toContain("answered HTTP 404");
    });

    it("reports a datasource that is down with an actionable message", async () => {
      const down = (await createDatasource(adminClient, workspaceId, DEMO_AUTH_KEY, "http://127.0.0.1:9")).id;
      const res = await adminClient.post(`/api/v1/datasources/${down}/test`);
      expect(res.body).toEqual({
        ok: false,
        message: "Could not connect to http://127.0.0.1:9: connection refused. Is the service running?",
      });
    });

    it("refuses a metadata address", async () => {
      const metadata = (
        await createDatasource(adminClient, workspaceId, DEMO_AUTH_KEY, "http://169.254.169.254")
      ).id;
      const res = await adminClient.post(`/api/v1/datasources/${metadata}/test`);
      expect(res.body.ok).toBe(false);
      expect(res.body.message).toMatch(/not allowed/);
    });

    it("is for developers: a viewer gets 403, an outsider 404", async () => {
      expect((await viewer.post(`/api/v1/datasources/${datasourceId}/test`)).status).toBe(403);
      expect((await outsider.post(`/api/v1/datasources/${datasourceId}/test`)).status).toBe(404);
    });
  });
});
