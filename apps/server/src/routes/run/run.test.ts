import { Writable } from "node:stream";
import { emptyPageDoc, type ModuleBody, type PageDoc } from "@tessera/model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { datasourceSecretAad } from "../../datasources/datasourceSecretAad";
import { recordDeploymentOrigins } from "../../deployments/recordDeploymentOrigins";
import { createLogger } from "../../logging/createLogger";
import { createSecretBox } from "../../secrets/createSecretBox";
import { createDatasource } from "../../test/createDatasource";
import { addMember, createWorkspace } from "../../test/createWorkspace";
import { pingPageDoc } from "../../test/pageDocs";
import { responseLog } from "../../test/responseLog";
import { signUp } from "../../test/signUp";
import { startDemoAuth } from "../../test/startDemoAuth";
import { startUpstream } from "../../test/startUpstream";
import type { TestClient } from "../../test/TestClient";
import { startTestServer, type TestServer } from "../../test/testServer";
import { insertApp, insertPackage } from "./insertRunFixtures";

const DEMO_AUTH_KEY = "sk-demo-auth-secret-for-run-tests";

const signInModule: ModuleBody = {
  kind: "query",
  name: "sign_in",
  inputs: [
    { name: "email", type: "any", required: false, defaultValue: "demo@example.com", description: "" },
    { name: "password", type: "any", required: false, defaultValue: "", description: "" },
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
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(chunk.toString());
      done();
    },
  });
  let server: TestServer;
  let demoAuth: Awaited<ReturnType<typeof startDemoAuth>>;
  const client = () => server.client();

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
            inputs: {},
            confirmBeforeRun: false,
          },
        ]
      : [],
  });

  beforeAll(async () => {
    demoAuth = await startDemoAuth(DEMO_AUTH_KEY);
    // Debug level, so the run's own log line is captured for the secret check too.
    server = await startTestServer({}, { logger: createLogger("debug", logStream) });
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
    packageId = (await insertPackage(adminClient, workspaceId, [module])).id;
    publicApp = await insertApp(adminClient, server.store, workspaceId, {
      isPublic: true,
      doc: pageDoc(packageId, datasourceId),
    });
    privateApp = await insertApp(adminClient, server.store, workspaceId, {
      isPublic: false,
      doc: pageDoc(packageId, datasourceId),
    });
  });

  afterAll(async () => {
    demoAuth?.child.kill("SIGTERM");
    await server?.close();
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
    const switching = await insertApp(adminClient, server.store, workspaceId, {
      isPublic: true,
      doc: pageDoc(packageId, datasourceId),
    });
    const setPublic = async (isPublic: boolean) =>
      expect((await developer.patch(`/api/v1/apps/${switching.appId}`, { isPublic })).status).toBe(200);
    expect((await signIn(anonymous, switching, values)).body.ok).toBe(true);
    await setPublic(false);
    expect((await signIn(anonymous, switching, values)).status).toBe(401);
    await setPublic(true);
    expect((await signIn(anonymous, switching, values)).body.ok).toBe(true);
    const baseUrl = demoAuth.baseUrl;
    const edit = (url: string, value?: string) =>
      developer.put(`/api/v1/datasources/${datasourceId}`, {
        name: "Auth API",
        baseUrl: url,
        headers: [
          { name: "apikey", secret: true, value },
          { name: "Accept", value: "application/json" },
        ],
      });
    try {
      // Same origin, another path: the deployment follows it.
      await edit(`${baseUrl}/elsewhere`);
      expect((await signIn(anonymous, switching, values)).body).toMatchObject({ ok: false, status: 404 });
      // Another origin: refused until the app is deployed again.
      await edit("http://127.0.0.1:9/auth/v1");
      const moved = await signIn(anonymous, switching, values);
      expect(moved.status).toBe(409);
      expect(moved.body.error.code).toBe("datasource_moved");
    } finally {
      await edit(baseUrl, DEMO_AUTH_KEY);
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
    const draftOnly = await insertApp(adminClient, server.store, workspaceId, {
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
    const foreign = await insertApp(outsider, server.store, otherWorkspace, {
      isPublic: true,
      doc: pageDoc(null, datasourceId),
      unchecked: true,
    });
    const res = await anonymous.post("/api/v1/run", {
      scope: "deployment",
      ...foreign,
      query: "getUser",
      values: {},
    });
    expect(res.status).toBe(404);
  });

  describe("when the datasource is down", () => {
    let downApp: { appId: string; pageId: string };
    const runDown = (who: TestClient) =>
      who.post("/api/v1/run", { scope: "deployment", ...downApp, query: "getUser", values: {} });

    beforeAll(async () => {
      const down = (
        await createDatasource(adminClient, workspaceId, DEMO_AUTH_KEY, "http://127.0.0.1:9/auth/v1")
      ).id;
      downApp = await insertApp(adminClient, server.store, workspaceId, {
        isPublic: true,
        doc: pageDoc(null, down),
      });
    });

    it("tells a member of the workspace where the call failed", async () => {
      const res = await runDown(viewer);
      expect(res.status).toBe(502);
      expect(res.body.error).toEqual({
        code: "upstream_unreachable",
        message: "Could not connect to http://127.0.0.1:9: connection refused. Is the service running?",
      });
    });

    it("keeps the address from visitors outside the workspace and logs it under a request id", async () => {
      for (const visitor of [anonymous, outsider]) {
        const res = await runDown(visitor);
        expect(res.status).toBe(502);
        expect(res.body.error.code).toBe("upstream_unreachable");
        const requestId = res.headers.get("x-request-id");
        expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
        expect(res.body.error.message).toBe(`The service did not answer. Request id: ${requestId}`);
        expect(res.text).not.toContain("127.0.0.1");
        expect(res.text).not.toMatch(/:9\b/);
        const logged = logLines.filter((line) => line.includes(requestId!));
        expect(logged.some((line) => line.includes("Could not connect to http://127.0.0.1:9"))).toBe(true);
      }
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

  describe("a datasource that moves after a deploy", () => {
    const appQuery = (datasource: string) => pingPageDoc(datasource, "/ping");

    const ping = (app: { appId: string; pageId: string }, scope = "deployment") =>
      anonymous.post("/api/v1/run", { scope, ...app, query: "ping", values: {} });

    it("refuses runs of the old deployment with 409 datasource_moved until the app is deployed again", async () => {
      const [service, elsewhere] = [await startUpstream(), await startUpstream()];
      const created = await adminClient.post(`/api/v1/workspaces/${workspaceId}/datasources`, {
        name: "Orders API",
        baseUrl: `${service.url}/v1`,
        headers: [{ name: "apikey", value: DEMO_AUTH_KEY, secret: true }],
      });
      const orders = created.body.datasource.id as string;
      const app = (
        await adminClient.post(`/api/v1/workspaces/${workspaceId}/apps`, { name: "Orders", isPublic: true })
      ).body;
      const target = { appId: app.app.id as string, pageId: app.pages[0].id as string };
      const draft = (await adminClient.get(`/api/v1/apps/${target.appId}/pages/${target.pageId}/doc`)).body;
      await adminClient.put(`/api/v1/apps/${target.appId}/pages/${target.pageId}/doc`, {
        revision: draft.revision,
        doc: appQuery(orders),
      });
      expect((await adminClient.post(`/api/v1/apps/${target.appId}/deploy`)).status).toBe(201);
      expect((await ping(target)).body).toMatchObject({ ok: true, status: 200 });
      expect(service.received.at(-1)?.headers.apikey).toBe(DEMO_AUTH_KEY);

      const moved = await developer.put(`/api/v1/datasources/${orders}`, {
        name: "Orders API",
        baseUrl: `${elsewhere.url}/v1`,
        headers: [{ name: "apikey", secret: true }],
      });
      expect(moved.body.clearedSecrets).toEqual(["apikey"]);
      const refused = await ping(target);
      expect(refused.status).toBe(409);
      expect(refused.body.error).toEqual({
        code: "datasource_moved",
        message:
          "The datasource Orders API points to another server than when this app was deployed; deploy the app again to use it",
      });
      expect(elsewhere.received).toEqual([]);

      expect((await adminClient.post(`/api/v1/apps/${target.appId}/deploy`)).status).toBe(201);
      expect((await ping(target)).body).toMatchObject({ ok: true, status: 200 });
      expect(elsewhere.received).toHaveLength(1);
      expect(elsewhere.received[0].headers).not.toHaveProperty("apikey");
    });

    it("holds a deployment from before origins were recorded to those of its first start", async () => {
      const [service, elsewhere] = [await startUpstream(), await startUpstream()];
      const legacy = (await createDatasource(adminClient, workspaceId, DEMO_AUTH_KEY, service.url)).id;
      const app = await insertApp(adminClient, server.store, workspaceId, {
        isPublic: true,
        doc: appQuery(legacy),
        recordDatasources: false,
      });
      expect(await recordDeploymentOrigins(server.store)).toBeGreaterThanOrEqual(1);
      expect(await recordDeploymentOrigins(server.store)).toBe(0);
      expect((await ping(app)).body.ok).toBe(true);
      await developer.put(`/api/v1/datasources/${legacy}`, {
        name: "Auth API",
        baseUrl: elsewhere.url,
        headers: [{ name: "apikey", secret: true }],
      });
      expect((await ping(app)).body.error.code).toBe("datasource_moved");
      expect(elsewhere.received).toEqual([]);
    });

    it("answers 409 secret_unreadable naming the secret that no longer decrypts", async () => {
      const service = await startUpstream();
      const created = await adminClient.post(`/api/v1/workspaces/${workspaceId}/datasources`, {
        name: "Billing API",
        baseUrl: service.url,
        headers: [{ name: "X-Billing-Key", value: DEMO_AUTH_KEY, secret: true }],
      });
      const billing = created.body.datasource.id as string;
      const app = await insertApp(adminClient, server.store, workspaceId, {
        isPublic: true,
        doc: appQuery(billing),
      });
      expect((await ping(app)).body.ok).toBe(true);
      // As after a key change: the stored value was sealed under a key this server lacks.
      const foreign = createSecretBox(Buffer.alloc(32, 7)).seal(
        DEMO_AUTH_KEY,
        datasourceSecretAad(billing, service.url),
      );
      await server.store.datasources.replaceHeaders(billing, [
        { name: "X-Billing-Key", secret: true, sealed: foreign },
      ]);
      const res = await ping(app);
      expect(res.status).toBe(409);
      expect(res.body.error).toEqual({
        code: "secret_unreadable",
        message:
          "The secret header X-Billing-Key of the datasource Billing API cannot be decrypted; enter it again in the datasource",
      });
      expect(service.received).toHaveLength(1);
      const shown = await adminClient.get(`/api/v1/datasources/${billing}`);
      expect(shown.body.datasource.headers).toEqual([
        { name: "X-Billing-Key", secret: true, hasValue: false },
      ]);
    });
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
