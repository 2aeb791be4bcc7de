// A platform process for the benchmarks: a temp store seeded with a datasource pointing at
// the demo auth API (DEMO_AUTH_URL), a published Auth package with the `sign_in` query module,
// and a deployed public app with a `Login1` instance. Reports its port and ids over IPC, and
// its memory (after an optional GC) when asked.
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { emptyPageDoc, type ModuleBody } from "@tessera/model";
import { createApp } from "../src/app";
import { datasourceCreator } from "../src/commands/datasourceCreator";
import { workspaceCreator } from "../src/commands/workspaceCreator";
import { loadConfig } from "../src/config/loadConfig";
import { migrate } from "../src/db/migrate";
import { newId } from "../src/db/newId";
import { openDatabase } from "../src/db/openDatabase";
import { createLogger } from "../src/logging/createLogger";
import { insertApp, insertPackage } from "../src/routes/run/insertRunFixtures";
import { createSecretBox } from "../src/secrets/createSecretBox";
import { loadSecretKey } from "../src/secrets/loadSecretKey";

const dataDir = mkdtempSync(join(tmpdir(), "tessera-bench-"));
// The benchmarks measure the query proxy itself, far past any per-client run limit.
const config = loadConfig({
  RUN_RATE_LIMIT_ANONYMOUS_PER_IP: "0",
  RUN_RATE_LIMIT_ANONYMOUS_PER_APP: "0",
  RUN_RATE_LIMIT_MEMBER_PER_USER: "0",
  ...process.env,
  DATA_DIR: dataDir,
  WEB_DIST: join(dataDir, "none"),
});
const db = openDatabase(dataDir);
migrate(db);
const box = createSecretBox(loadSecretKey(config));

const userId = newId();
db.prepare(
  "INSERT INTO users (id, email, name, password_hash, is_instance_admin, created_at) VALUES (?, ?, ?, ?, 1, ?)",
).run(userId, "bench@tessera.local", "Bench", "unused", new Date().toISOString());
const workspace = workspaceCreator(db, { name: "Bench", userId });
const datasource = datasourceCreator(db, box, workspace.id, {
  name: "Auth API",
  baseUrl: config.demoAuthUrl,
  headers: [{ name: "apikey", value: config.demoAuthApiKey, secret: true }],
  timeoutMs: 10_000,
});
const signIn: ModuleBody = {
  kind: "query",
  name: "sign_in",
  inputs: [
    { name: "email", defaultValue: "" },
    { name: "password", defaultValue: "" },
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
const pkg = insertPackage(db, workspace.id, [signIn]);
const doc = {
  ...emptyPageDoc(),
  moduleInstances: [
    { id: "i1", name: "Login1", packageId: pkg.id, moduleName: "Login", version: 1, runOnPageLoad: [] },
  ],
};
const app = insertApp(db, workspace.id, {
  isPublic: true,
  doc,
  packages: [{ packageId: pkg.id, version: 1, modules: [signIn] }],
});

const server = createApp({ db, config, logger: createLogger(config.logLevel) }).listen(0, "127.0.0.1", () => {
  const { port } = server.address() as AddressInfo;
  process.send?.({ type: "ready", port, ...app });
});

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
  db.close();
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
});
