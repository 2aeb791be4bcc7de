import { type ChildProcess, fork, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createTestDatabase } from "../../src/test/createTestDatabase";
import type { LoadRequest } from "./runLoad";

/**
 * demo-auth and the platform, each in its own process on a loopback port: BENCH_PORT_BASE and
 * the one above it when set, otherwise free ports the kernel picks.
 */
export interface BenchStack {
  /** Where the platform keeps its data, for printing. */
  storeName: "SQLite" | "PostgreSQL";
  demoAuthUrl: string;
  platformUrl: string;
  /** The bare Node proxy in front of the same demo-auth, when asked for (see bareProxyProcess). */
  bareProxyUrl: string | null;
  apiKey: string;
  appId: string;
  pageId: string;
  /** CPU time (user + system, ms) each process has used so far; null where /proc is missing. */
  cpuMs(): { demoAuth: number | null; platform: number | null; bareProxy: number | null };
  /** The platform's memory, after a full GC when `gc` is set. */
  platformMemory(gc: boolean): Promise<{ rss: number; heapUsed: number; gcAvailable: boolean }>;
  /** Stops both processes, then drops the PostgreSQL database. */
  stop(): Promise<void>;
}

export interface BenchStackOptions {
  /**
   * A PostgreSQL admin URL (a throwaway cluster's superuser): the platform then runs on a
   * fresh database in it, dropped at stop. Omitted: a temp SQLite file.
   */
  postgresAdminUrl?: string;
  /** Also start the bare Node proxy, the floor the platform's proxy figures are read against. */
  bareProxy?: boolean;
}

const API_KEY = "bench-anon-key";

/** The seeded demo user the benchmarks sign in as. */
export const DEMO_CREDENTIALS = { email: "demo@example.com", password: "password123" };

/** The seeded login app's sign-in, run through POST /api/v1/run as the viewer runs it. */
export function signInRunRequest(stack: BenchStack): LoadRequest {
  return {
    url: new URL(`${stack.platformUrl}/api/v1/run`),
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      scope: "deployment",
      appId: stack.appId,
      pageId: stack.pageId,
      instance: "Login1",
      query: "sign_in",
      values: { "inputs.email": DEMO_CREDENTIALS.email, "inputs.password": DEMO_CREDENTIALS.password },
    }),
  };
}

/** Starts demo-auth, then a seeded platform that calls it. */
export async function startBenchStack(options: BenchStackOptions = {}): Promise<BenchStack> {
  const database = options.postgresAdminUrl ? await createTestDatabase(options.postgresAdminUrl) : null;
  const portBase = process.env.BENCH_PORT_BASE ? Number(process.env.BENCH_PORT_BASE) : null;
  const demoAuthMain = fileURLToPath(new URL("../../../demo-auth/src/main.ts", import.meta.url));
  const demoAuth = spawn(process.execPath, ["--import", "tsx", demoAuthMain], {
    env: {
      ...process.env,
      DEMO_AUTH_PORT: String(portBase ?? 0),
      DEMO_AUTH_HOST: "127.0.0.1",
      DEMO_AUTH_API_KEY: API_KEY,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const demoAuthPort = await new Promise<number>((resolve, reject) => {
    demoAuth.once("exit", (code) => reject(new Error(`demo-auth exited with ${code}`)));
    demoAuth.stdout?.on("data", (chunk: Buffer) => {
      const match = /"port":(\d+)/.exec(chunk.toString());
      if (match) resolve(Number(match[1]));
    });
  });
  const demoAuthUrl = `http://127.0.0.1:${demoAuthPort}/auth/v1`;

  const platform: ChildProcess = fork(fileURLToPath(new URL("./platformProcess.ts", import.meta.url)), [], {
    // BENCH_CPU_PROFILE=<dir> writes a V8 CPU profile of the platform there, for finding hot spots.
    execArgv: [
      "--expose-gc",
      "--import",
      "tsx",
      ...(process.env.BENCH_CPU_PROFILE
        ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`]
        : []),
    ],
    env: {
      ...withoutDatabaseUrl(process.env),
      ...(database ? { DATABASE_URL: database.url } : {}),
      DEMO_AUTH_URL: demoAuthUrl,
      BENCH_PLATFORM_PORT: String(portBase === null ? 0 : portBase + 1),
      DEMO_AUTH_API_KEY: API_KEY,
      TESSERA_SECRET_KEY: Buffer.alloc(32, 7).toString("base64"),
      LOG_LEVEL: process.env.LOG_LEVEL ?? "info",
    },
    // The platform logs one line per request, as in production; the bench does not read them.
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  const bareProxy = options.bareProxy
    ? fork(fileURLToPath(new URL("./bareProxyProcess.ts", import.meta.url)), [], {
        execArgv: ["--import", "tsx"],
        env: { ...process.env, DEMO_AUTH_URL: demoAuthUrl, DEMO_AUTH_API_KEY: API_KEY },
        stdio: ["ignore", "ignore", "inherit", "ipc"],
      })
    : null;
  const [ready, bareReady] = await Promise.all([
    readyMessage<{ port: number; appId: string; pageId: string }>(platform, "platform"),
    bareProxy ? readyMessage<{ port: number }>(bareProxy, "the bare proxy") : null,
  ]);

  return {
    storeName: database ? "PostgreSQL" : "SQLite",
    demoAuthUrl,
    platformUrl: `http://127.0.0.1:${ready.port}`,
    bareProxyUrl: bareReady ? `http://127.0.0.1:${bareReady.port}` : null,
    apiKey: API_KEY,
    appId: ready.appId,
    pageId: ready.pageId,
    cpuMs: () => ({
      demoAuth: processCpuMs(demoAuth.pid),
      platform: processCpuMs(platform.pid),
      bareProxy: bareProxy ? processCpuMs(bareProxy.pid) : null,
    }),
    platformMemory: (gc) =>
      new Promise((resolve) => {
        const onMessage = (message: {
          type: string;
          rss: number;
          heapUsed: number;
          gcAvailable: boolean;
        }) => {
          if (message.type !== "memory") return;
          platform.off("message", onMessage);
          resolve(message);
        };
        platform.on("message", onMessage);
        platform.send({ type: "memory", gc });
      }),
    async stop() {
      const stopped = Promise.all([exited(platform), exited(demoAuth), bareProxy && exited(bareProxy)]);
      platform.disconnect();
      bareProxy?.disconnect();
      demoAuth.kill("SIGTERM");
      await stopped;
      await database?.drop();
    },
  };
}

function withoutDatabaseUrl(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { DATABASE_URL: _ignored, ...rest } = env;
  return rest;
}

/** The first `ready` message of a forked child. */
function readyMessage<M>(child: ChildProcess, name: string): Promise<M> {
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`${name} exited with ${code}`)));
    child.on("message", (message: M & { type: string }) => {
      if (message.type === "ready") resolve(message);
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once("exit", () => resolve()));
}

/** User + system CPU of a process from /proc (Linux), in ms; null elsewhere. */
function processCpuMs(pid: number | undefined): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the parenthesised command name; utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1000) / 100;
  } catch {
    return null;
  }
}
