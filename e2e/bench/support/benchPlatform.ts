// What the browser benchmarks share: a platform (with demo-auth) on loopback ports of their
// own, Chromium, and the arithmetic of their figures.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type Browser, chromium } from "@playwright/test";
import { browserLaunchOptions } from "../../journeySettings";

export const root = resolve(import.meta.dirname, "../../..");
export const ADMIN = { email: "admin@tessera.local", password: "bench-admin-password" };

export interface BenchPlatform {
  platformUrl: string;
  platformPort: number;
  /** Stops the platform and demo-auth and removes the platform's data. */
  stop(): void;
}

/** True when something already answers on the port: measuring it would measure a stranger. */
export async function isTaken(port: number): Promise<boolean> {
  try {
    await fetch(`http://localhost:${port}/`, { signal: AbortSignal.timeout(1_000) });
    return true;
  } catch {
    return false;
  }
}

export async function waitFor(url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}

/**
 * Starts demo-auth on `portBase + 1` and a seeded platform (the flagship app, an admin) on
 * `portBase`, serving the built web app. Whatever way the process ends, both end with it.
 */
export async function startBenchPlatform(portBase: number): Promise<BenchPlatform> {
  for (const port of [portBase, portBase + 1]) {
    if (await isTaken(port))
      throw new Error(`Port ${port} is in use; set BENCH_PORT_BASE to move the benchmark`);
  }
  const apiKey = "bench-demo-key";
  const children: ChildProcess[] = [];
  const stopChildren = () => {
    for (const child of children) child.kill("SIGTERM");
  };
  process.on("exit", stopChildren);
  const start = (name: string, script: string, env: Record<string, string>) => {
    const child = spawn(process.execPath, ["--import", "tsx", script], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ["ignore", "ignore", "inherit"],
    });
    child.on("exit", (code) => {
      if (code !== null && code !== 0) console.error(`${name} exited with ${code}`);
    });
    children.push(child);
  };
  const dataDir = mkdtempSync(join(tmpdir(), "tessera-bench-data-"));
  start("demo-auth", "apps/demo-auth/src/main.ts", {
    DEMO_AUTH_PORT: String(portBase + 1),
    DEMO_AUTH_API_KEY: apiKey,
  });
  start("platform", "apps/server/src/main.ts", {
    PORT: String(portBase),
    DATA_DIR: dataDir,
    WEB_DIST: process.env.BENCH_WEB_DIST ?? join(root, "apps/web/dist"),
    DEMO_AUTH_URL: `http://localhost:${portBase + 1}/auth/v1`,
    DEMO_AUTH_API_KEY: apiKey,
    SEED_ADMIN_EMAIL: ADMIN.email,
    SEED_ADMIN_PASSWORD: ADMIN.password,
    LOG_LEVEL: "warn",
  });
  const platformUrl = `http://localhost:${portBase}`;
  const stop = () => {
    stopChildren();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitFor(`${platformUrl}/api/health`);
  } catch (error) {
    stop();
    throw error;
  }
  return { platformUrl, platformPort: portBase, stop };
}

/** Chromium as the journeys launch it, with `extraArgs` after its own. */
export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    ...browserLaunchOptions,
    args: [...(browserLaunchOptions.args ?? []), ...extraArgs],
  });
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The value below which `share` (0..1) of the samples fall. */
export const percentile = (values: number[], share: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))];
};
