// The multi-instance stack the cluster journeys run against (playwright.cluster.config.ts):
// a demo auth API, a throwaway PostgreSQL cluster, platform processes on one database of it,
// and nginx in front on --port, which is every instance's PUBLIC_URL. Runs until SIGTERM or
// SIGINT (Playwright's webServer stops it so), then stops everything it started.
//
//   node e2e/startClusterStack.mjs --port 3120 --demo-auth-port 3121 --instance-ports 3122,3123
//
// The environment is passed to every platform (SEED_ADMIN_*, DEMO_AUTH_API_KEY, ...), and
// DEMO_AUTH_API_KEY to demo-auth too.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { startNginx } from "../scripts/lib/nginx.mjs";
import { findPostgresBin, startPostgres } from "../scripts/lib/postgres.mjs";

const root = resolve(import.meta.dirname, "..");
const START_TIMEOUT_MS = 90_000;

const { values: args } = parseArgs({
  options: {
    port: { type: "string" },
    "demo-auth-port": { type: "string" },
    "instance-ports": { type: "string" },
    "token-ttl": { type: "string", default: "3600" },
  },
});
if (!args.port || !args["demo-auth-port"] || !args["instance-ports"]) {
  console.error(
    "usage: startClusterStack.mjs --port N --demo-auth-port N --instance-ports N,N [--token-ttl S]",
  );
  process.exit(2);
}
const lbPort = Number(args.port);
const instancePorts = args["instance-ports"].split(",").map(Number);
const publicUrl = `http://127.0.0.1:${lbPort}`;

// Each platform's DATA_DIR (its logs and files; the data is in PostgreSQL).
const dataDir = mkdtempSync(join(tmpdir(), `tessera-cluster-${lbPort}-`));
const children = [];
let nginx;
let postgres;
let stopping = false;

function say(message) {
  console.log(`[cluster :${lbPort}] ${message}`);
}

/** Starts a process whose output goes to ours, each line tagged with `name`. */
function launch(name, args, env) {
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  const tag = (stream) => (chunk) => {
    for (const line of chunk.toString().split("\n")) if (line) stream.write(`[${name}] ${line}\n`);
  };
  child.stdout.on("data", tag(process.stdout));
  child.stderr.on("data", tag(process.stderr));
  child.once("exit", (code, signal) => {
    if (!stopping) {
      console.error(`[${name}] exited (${code ?? signal}) while the stack was up`);
      stop(1);
    }
  });
  children.push(child);
  return child;
}

async function waitForHealth(url, child, name) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`${name} exited before answering`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${name} did not answer ${url} within ${START_TIMEOUT_MS / 1000} s`);
}

async function stop(code) {
  if (stopping) return;
  stopping = true;
  if (nginx) {
    // Evidence that the journeys were spread over the instances, not served by one.
    const counts = Object.entries(nginx.requestsPerUpstream()).map(([upstream, n]) => `${upstream} ${n}`);
    say(`requests per instance: ${counts.join(", ") || "none"}`);
    await nginx.stop();
  }
  const running = children.filter((child) => child.exitCode === null && child.signalCode === null);
  const gone = Promise.all(running.map((child) => new Promise((resolve) => child.once("exit", resolve))));
  for (const child of running) child.kill("SIGTERM");
  const timer = setTimeout(() => {
    for (const child of running) child.kill("SIGKILL");
  }, 5_000);
  await gone;
  clearTimeout(timer);
  // Last: the platforms close their pools first, so none of them logs a lost connection.
  postgres?.stop();
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code);
}
// startPostgres stops its cluster on these signals too, then re-raises them: stop() runs once.
process.on("SIGTERM", () => stop(0));
process.on("SIGINT", () => stop(0));

try {
  const demoAuth = launch("demo-auth", ["--import", "tsx", "apps/demo-auth/src/main.ts"], {
    ...process.env,
    DEMO_AUTH_PORT: args["demo-auth-port"],
    DEMO_AUTH_TOKEN_TTL: args["token-ttl"],
  });
  await waitForHealth(`http://127.0.0.1:${args["demo-auth-port"]}/health`, demoAuth, "demo-auth");

  postgres = await startPostgres({ quiet: true });
  if (!postgres) throw new Error("PostgreSQL is not installed");
  const databaseUrl = postgres.url.replace(/\/postgres$/, "/tessera");
  const psql = spawnSync(
    join(findPostgresBin(), "psql"),
    [postgres.url, "-v", "ON_ERROR_STOP=1", "-Xqc", "CREATE DATABASE tessera"],
    { encoding: "utf8" },
  );
  if (psql.status !== 0) throw new Error(`could not create the database: ${psql.stderr}`);
  say(`PostgreSQL at ${databaseUrl}`);

  // One key for all, so each instance opens the secrets another sealed.
  const secretKey = randomBytes(32).toString("base64");
  const platform = (index) => {
    const port = instancePorts[index];
    return launch(`platform-${index}`, ["--import", "tsx", "apps/server/src/main.ts"], {
      ...process.env,
      PORT: String(port),
      DATA_DIR: join(dataDir, `platform-${index}`),
      DATABASE_URL: databaseUrl,
      TESSERA_SECRET_KEY: secretKey,
      PUBLIC_URL: publicUrl,
      // The health checks below reach each instance directly, bypassing nginx.
      ALLOWED_HOSTS: instancePorts.map((p) => `127.0.0.1:${p}`).join(","),
      TRUST_PROXY: "1",
      DEMO_AUTH_URL: `http://127.0.0.1:${args["demo-auth-port"]}/auth/v1`,
    });
  };
  // The first migrates and seeds; the others start once it is up and find both done.
  const first = platform(0);
  await waitForHealth(`http://127.0.0.1:${instancePorts[0]}/api/health`, first, "platform-0");
  const rest = instancePorts.slice(1).map((_, i) => platform(i + 1));
  await Promise.all(
    rest.map((child, i) =>
      waitForHealth(`http://127.0.0.1:${instancePorts[i + 1]}/api/health`, child, `platform-${i + 1}`),
    ),
  );

  nginx = await startNginx({ port: lbPort, upstreams: instancePorts });
  nginx.process.once("exit", () => {
    if (!stopping) {
      console.error(`[nginx] exited while the stack was up:\n${nginx.errors()}`);
      stop(1);
    }
  });
  say(`up at ${publicUrl}: ${instancePorts.length} platforms on one PostgreSQL database behind nginx`);
} catch (error) {
  console.error(`[cluster :${lbPort}] could not start: ${error.message}`);
  await stop(1);
}
