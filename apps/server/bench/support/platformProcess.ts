// A platform process for the benchmarks: a store (a temp SQLite file, or the empty PostgreSQL
// database in DATABASE_URL) seeded with a datasource pointing at the demo auth API
// (DEMO_AUTH_URL), a published Auth package with the `sign_in` query module, and a deployed
// public app with a `Login1` instance. Listens on BENCH_PLATFORM_PORT (0 or unset: a free
// port), reports its port and ids over IPC, and its memory (after an optional GC) when asked.
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { emptyPageDoc, type ModuleBody } from "@tessera/model";
import { createApp } from "../../src/app";
import { loadConfig } from "../../src/config/loadConfig";
import { createLogger } from "../../src/logging/createLogger";
import { openSecretBox } from "../../src/secrets/openSecretBox";
import { openStore } from "../../src/store/openStore";
import { TestClient, type TestResponse } from "../../src/test/TestClient";

const dataDir = mkdtempSync(join(tmpdir(), "tessera-bench-"));
// The benchmarks measure the query proxy itself, far past any per-client run limit.
const config = {
  ...loadConfig({
    RUN_RATE_LIMIT_ANONYMOUS_PER_IP: "0",
    RUN_RATE_LIMIT_ANONYMOUS_PER_APP: "0",
    RUN_RATE_LIMIT_MEMBER_PER_USER: "0",
    ...process.env,
    DATA_DIR: dataDir,
    WEB_DIST: join(dataDir, "none"),
  }),
  // The bench user signs up through the API like anyone; its hash is not what is measured.
  signupEnabled: true,
  passwordHashCost: 2 ** 10,
};
const store = openStore(config);
await store.migrate();
const box = await openSecretBox(store, config);

const server = createApp({ store, config, logger: createLogger(config.logLevel), box }).listen(
  Number(process.env.BENCH_PLATFORM_PORT ?? 0),
  "127.0.0.1",
);
await new Promise<void>((resolve) => server.once("listening", () => resolve()));
const { port } = server.address() as AddressInfo;

// The fixture is made through the authoring endpoints, as an author would.
const author = new TestClient(`http://127.0.0.1:${port}`);
const must = async (answer: Promise<TestResponse>, status: number): Promise<TestResponse> => {
  const res = await answer;
  if (res.status !== status)
    throw new Error(`bench fixture: expected ${status}, got ${res.status}: ${res.text}`);
  return res;
};
await must(
  author.post("/api/v1/auth/signup", {
    email: "bench@tessera.local",
    password: "bench-password-1",
    name: "Bench",
  }),
  201,
);
const workspace = (await must(author.post("/api/v1/workspaces", { name: "Bench" }), 201)).body.workspace;
const datasource = (
  await must(
    author.post(`/api/v1/workspaces/${workspace.id}/datasources`, {
      name: "Auth API",
      baseUrl: config.demoAuthUrl,
      headers: [{ name: "apikey", value: config.demoAuthApiKey, secret: true }],
      timeoutMs: 10_000,
    }),
    201,
  )
).body.datasource;
const signIn: ModuleBody = {
  kind: "query",
  name: "sign_in",
  inputs: [
    { name: "email", type: "text", required: false, defaultValue: "", description: "" },
    { name: "password", type: "text", required: false, defaultValue: "", description: "" },
  ],
  config: {
    datasourceId: datasource.id,
    method: "POST",
    path: "/token?grant_type=password",
    queryParams: [],
    headers: [],
    body: '{ "email": {{inputs.email}}, "password": {{inputs.password}} }',
  },
};
const pkg = (await must(author.post(`/api/v1/workspaces/${workspace.id}/packages`, { name: "Auth" }), 201))
  .body.package;
await must(author.post(`/api/v1/packages/${pkg.id}/modules`, signIn), 201);
await must(author.post(`/api/v1/packages/${pkg.id}/publish`), 201);
const doc = {
  ...emptyPageDoc(),
  moduleInstances: [
    { id: "i1", name: "Login1", packageId: pkg.id, moduleName: "Login", version: 1, runOnPageLoad: [] },
  ],
};
const created = (
  await must(author.post(`/api/v1/workspaces/${workspace.id}/apps`, { name: "Login", isPublic: true }), 201)
).body;
const app = { appId: created.app.id as string, pageId: created.pages[0].id as string };
const draft = (await must(author.get(`/api/v1/apps/${app.appId}/pages/${app.pageId}/doc`), 200)).body;
await must(
  author.put(`/api/v1/apps/${app.appId}/pages/${app.pageId}/doc`, { revision: draft.revision, doc }),
  200,
);
await must(author.post(`/api/v1/apps/${app.appId}/deploy`), 201);
process.send?.({ type: "ready", port, ...app });

const gc = (globalThis as { gc?: () => void }).gc;
process.on("message", (message: { type: string; gc?: boolean }) => {
  if (message.type !== "memory") return;
  if (message.gc) gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  process.send?.({ type: "memory", rss, heapUsed, gcAvailable: gc !== undefined });
});

process.on("disconnect", () => {
  server.closeAllConnections();
  server.close();
  store.close().finally(() => {
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  });
});
