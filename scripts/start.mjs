// `npm start`: install what is missing, build, then run the demo auth API and the platform.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { ensureInstalled, ensureWebBuilt, root, startService, stopAll } from "./lib/workspace.mjs";

ensureInstalled();
ensureWebBuilt();

const dataDir = resolve(root, process.env.DATA_DIR ?? "data");
mkdirSync(dataDir, { recursive: true });
// The demo auth API and the platform's seeded datasource must agree on the apikey; it is
// generated once per data folder so starting again keeps working with the stored datasource.
const keyFile = join(dataDir, "demo-auth-apikey");
if (!existsSync(keyFile)) writeFileSync(keyFile, randomBytes(18).toString("base64url"), { mode: 0o600 });
const demoAuthApiKey = process.env.DEMO_AUTH_API_KEY ?? readFileSync(keyFile, "utf8").trim();
const demoAuthPort = process.env.DEMO_AUTH_PORT ?? "3001";

const tsx = ["--import", "tsx"];
startService("demo-auth", [...tsx, "apps/demo-auth/src/main.ts"], {
  DEMO_AUTH_PORT: demoAuthPort,
  DEMO_AUTH_API_KEY: demoAuthApiKey,
});
startService("platform", [...tsx, "apps/server/src/main.ts"], {
  PORT: process.env.PORT ?? "3000",
  DATA_DIR: dataDir,
  DEMO_AUTH_URL: process.env.DEMO_AUTH_URL ?? `http://localhost:${demoAuthPort}/auth/v1`,
  DEMO_AUTH_API_KEY: demoAuthApiKey,
});

process.on("SIGINT", () => stopAll(0));
process.on("SIGTERM", () => stopAll(0));
