import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { nginxUnavailable, type RunningNginx, startNginx } from "../../../../scripts/lib/nginx.mjs";

export { nginxUnavailable };

const MAIN = fileURLToPath(new URL("../main.ts", import.meta.url));
const START_TIMEOUT_MS = 45_000;

/** One platform process of a cluster. */
export interface ClusterInstance {
  /** Its own address, bypassing the load balancer (allowed by ALLOWED_HOSTS). */
  url: string;
  port: number;
  dataDir: string;
  /** Everything it printed, for failure messages. */
  output(): string;
  /** false once killed or stopped. */
  alive: boolean;
}

/** Real platform processes on one database behind a real nginx. */
export interface Cluster {
  /** The load balancer, which is also every instance's PUBLIC_URL. */
  url: string;
  instances: ClusterInstance[];
  /** The fresh database the instances share; undefined on SQLite (each has its own file). */
  databaseUrl: string | undefined;
  /** The seeded instance admin (SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD). */
  admin: { email: string; password: string };
  /** kill -9 one instance and wait until it is gone. */
  kill(index: number): Promise<void>;
  /** nginx's error log: why it gave up on an upstream. */
  nginxErrors(): string;
  close(): Promise<void>;
}

export interface ClusterOptions {
  /** Number of platform processes (2). */
  instances?: number;
  /**
   * A PostgreSQL admin URL (TEST_DATABASE_URL): the cluster gets a fresh database in it,
   * dropped at close. Omitted: every instance keeps its own SQLite file and they share
   * nothing, which only checks the harness (processes, nginx, health).
   */
  adminUrl?: string;
  /** More environment for every instance. */
  env?: Record<string, string>;
}

function psqlPath(): string | null {
  const root = "/usr/lib/postgresql";
  if (existsSync(root)) {
    for (const version of readdirSync(root).sort((a, b) => Number(b) - Number(a))) {
      const path = join(root, version, "bin", "psql");
      if (existsSync(path)) return path;
    }
  }
  return spawnSync("psql", ["--version"]).status === 0 ? "psql" : null;
}

/**
 * Why a cluster on PostgreSQL cannot start here (a sentence), or null when it can: it needs
 * TEST_DATABASE_URL, Debian's nginx and psql (to make and drop the shared database).
 */
export function clusterUnavailable(env: Record<string, string | undefined> = process.env): string | null {
  if (!env.TEST_DATABASE_URL) {
    return "TEST_DATABASE_URL is not set (npm run test:postgres sets it to a throwaway cluster)";
  }
  return nginxUnavailable() ?? (psqlPath() ? null : "psql is not installed (apt-get install -y postgresql)");
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function psql(adminUrl: string, sql: string): void {
  const result = spawnSync(psqlPath() ?? "psql", [adminUrl, "-v", "ON_ERROR_STOP=1", "-Xqc", sql], {
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`psql failed: ${sql}\n${result.stderr}`);
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once("exit", () => resolve()));
}

/** Polls `url` until it answers 200; fails early when `child` exits. */
async function waitForHealth(url: string, child: ChildProcess, describe: () => string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${describe()} exited (${child.exitCode ?? child.signalCode}) before answering`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`${describe()} did not answer ${url} within ${START_TIMEOUT_MS / 1000} s`);
}

/**
 * Starts `instances` real platform processes (`node --import tsx main.ts`) on one fresh
 * PostgreSQL database behind a real nginx, with one TESSERA_SECRET_KEY so each can open the
 * others' secrets. The first instance migrates and seeds before the others start. Close it
 * in an afterAll (hooks registered inside a running hook are not run, so it cannot do that
 * itself).
 *
 * @example
 * beforeAll(async () => { cluster = await startCluster({ adminUrl: process.env.TEST_DATABASE_URL }) });
 * afterAll(() => cluster?.close());
 */
export async function startCluster(options: ClusterOptions = {}): Promise<Cluster> {
  const count = options.instances ?? 2;
  const dir = mkdtempSync(join(tmpdir(), "tessera-cluster-"));
  const admin = { email: "admin@cluster.test", password: `cluster-${randomBytes(9).toString("base64url")}` };
  const secretKey = randomBytes(32).toString("base64");
  const lbPort = await freePort();
  const ports: number[] = [];
  for (let i = 0; i < count; i++) ports.push(await freePort());
  const url = `http://127.0.0.1:${lbPort}`;

  let databaseUrl: string | undefined;
  let databaseName: string | undefined;
  if (options.adminUrl) {
    databaseName = `tessera_cluster_${randomBytes(6).toString("hex")}`;
    psql(options.adminUrl, `CREATE DATABASE ${databaseName}`);
    const parsed = new URL(options.adminUrl);
    parsed.pathname = `/${databaseName}`;
    databaseUrl = parsed.toString();
  }

  const children: ChildProcess[] = [];
  const instances: ClusterInstance[] = [];
  let nginx: RunningNginx | undefined;

  const launch = (index: number): ClusterInstance => {
    const dataDir = join(dir, `instance-${index}`);
    const {
      DATABASE_URL: _ignored,
      TEST_DATABASE_URL: _admin,
      TESSERA_TEST_STORE: _store,
      ...inherited
    } = process.env;
    const child = spawn(process.execPath, ["--import", "tsx", MAIN], {
      env: {
        ...inherited,
        PORT: String(ports[index]),
        DATA_DIR: dataDir,
        WEB_DIST: join(dir, "no-web-dist"),
        ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
        SEED_ADMIN_EMAIL: admin.email,
        SEED_ADMIN_PASSWORD: admin.password,
        LOG_LEVEL: "warn",
        SIGNUP_ENABLED: "true",
        BLOCK_PRIVATE_NETWORKS: "false",
        TESSERA_SECRET_KEY: secretKey,
        PUBLIC_URL: url,
        // Tests also talk to each instance directly, bypassing nginx.
        ALLOWED_HOSTS: ports.map((p) => `127.0.0.1:${p}`).join(","),
        TRUST_PROXY: "1",
        // The seeded demo datasource points here; nothing in these tests calls it.
        DEMO_AUTH_URL: "http://127.0.0.1:9/auth/v1",
        ...options.env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const keep = (chunk: Buffer) => {
      output += chunk.toString();
    };
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    children.push(child);
    const instance: ClusterInstance = {
      url: `http://127.0.0.1:${ports[index]}`,
      port: ports[index],
      dataDir,
      output: () => output,
      alive: true,
    };
    child.once("exit", () => {
      instance.alive = false;
    });
    instances.push(instance);
    return instance;
  };

  const ready = async (index: number) => {
    const instance = instances[index];
    await waitForHealth(
      `${instance.url}/api/health`,
      children[index],
      () => `Instance ${index} (port ${instance.port}):\n${instance.output()}\n`,
    );
  };

  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await nginx?.stop();
    const running = children;
    for (const child of running) child.kill("SIGTERM");
    const stopped = Promise.all(running.map(exited));
    const timer = setTimeout(() => {
      for (const child of running) child.kill("SIGKILL");
    }, 5_000);
    await stopped;
    clearTimeout(timer);
    process.off("exit", killAll);
    rmSync(dir, { recursive: true, force: true });
    if (options.adminUrl && databaseName) {
      psql(options.adminUrl, `DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
    }
  };
  // Should the test process end without close() (a timeout, a crash), the processes go with it.
  const killAll = () => {
    for (const child of [...children, ...(nginx ? [nginx.process] : [])]) child.kill("SIGKILL");
  };
  process.once("exit", killAll);

  try {
    // One first: it migrates and seeds; the others then find both done.
    launch(0);
    await ready(0);
    for (let i = 1; i < count; i++) launch(i);
    await Promise.all(instances.slice(1).map((_, i) => ready(i + 1)));

    nginx = await startNginx({ port: lbPort, upstreams: ports });
  } catch (error) {
    await close();
    throw error;
  }

  return {
    url,
    instances,
    databaseUrl,
    admin,
    async kill(index) {
      children[index].kill("SIGKILL");
      await exited(children[index]);
    },
    nginxErrors: () => nginx?.errors() ?? "",
    close,
  };
}
