import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "./test/createTestDatabase";
import { startUpstream } from "./test/startUpstream";
import { TestClient } from "./test/TestClient";
import { testStoreKind } from "./test/testServer";

const MAIN = fileURLToPath(new URL("./main.ts", import.meta.url));
const DEMO_KEY = "sk-demo-key-for-the-key-change-test";

interface Started {
  /** The server's URL once it listens, or null when it exited first. */
  url: string | null;
  stderr: string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  stop(): Promise<number | null>;
}

/** Runs the real server entry point (`node --import tsx main.ts`) as an operator would. */
async function startMain(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, ["--import", "tsx", MAIN], {
    env: { ...process.env, PORT: "0", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = await new Promise<string | null>((resolve) => {
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /Tessera is running at (http:\/\/\S+)/.exec(stdout);
      if (match) resolve(match[1]);
    });
    void exited.then(() => resolve(null));
  });
  return {
    url,
    get stderr() {
      return stderr;
    },
    exited,
    stop: () => {
      child.kill("SIGTERM");
      return exited;
    },
  };
}

describe("starting with a changed TESSERA_SECRET_KEY", async () => {
  const dataDir = mkdtempSync(join(tmpdir(), "tessera-main-key-"));
  // On the PostgreSQL run the server starts on a database of its own, as DATABASE_URL says.
  const database =
    testStoreKind() === "postgres" ? await createTestDatabase(process.env.TEST_DATABASE_URL ?? "") : null;
  afterAll(async () => {
    rmSync(dataDir, { recursive: true, force: true });
    await database?.drop();
  });
  const upstream = await startUpstream();
  const oldKey = randomBytes(32).toString("base64");
  const newKey = randomBytes(32).toString("base64");
  const env = {
    DATA_DIR: dataDir,
    WEB_DIST: join(dataDir, "no-web-dist"),
    DEMO_AUTH_URL: `${upstream.url}/auth/v1`,
    DEMO_AUTH_API_KEY: DEMO_KEY,
    ...(database ? { DATABASE_URL: database.url } : {}),
  };

  /** Signs in through the seeded, deployed login app: a run that needs the stored secret. */
  const signIn = async (url: string) => {
    const client = new TestClient(url);
    const viewer = (await client.get("/api/v1/viewer/apps/login-app")).body;
    const page = viewer.pages.find((p: { moduleInstances: unknown[] }) => p.moduleInstances.length > 0);
    return client.post("/api/v1/run", {
      scope: "deployment",
      appId: viewer.appId,
      pageId: page.id,
      instance: page.moduleInstances[0].name,
      query: "sign_in",
      values: { "inputs.email": "demo@example.com", "inputs.password": "x" },
    });
  };

  it("refuses to start with a message that says what happened and how to fix it", async () => {
    const first = await startMain({ ...env, TESSERA_SECRET_KEY: oldKey });
    expect(first.url).not.toBeNull();
    expect((await signIn(first.url ?? "")).body.ok).toBe(true);
    expect(upstream.received.at(-1)?.headers.apikey).toBe(DEMO_KEY);
    await first.stop();

    const changed = await startMain({ ...env, TESSERA_SECRET_KEY: newKey });
    expect(changed.url).toBeNull();
    expect(await changed.exited).toBe(1);
    expect(changed.stderr).toContain("Tessera cannot start. The secret key does not match");
    expect(changed.stderr).toContain("set TESSERA_SECRET_KEY back to the old key");
    expect(changed.stderr).toContain("set TESSERA_SECRET_KEY_PREVIOUS to the old key");
  }, 60_000);

  it("re-encrypts under the new key when TESSERA_SECRET_KEY_PREVIOUS holds the old one, and runs work", async () => {
    const rotating = await startMain({
      ...env,
      TESSERA_SECRET_KEY: newKey,
      TESSERA_SECRET_KEY_PREVIOUS: oldKey,
    });
    expect(rotating.url, rotating.stderr).not.toBeNull();
    const before = upstream.received.length;
    expect((await signIn(rotating.url ?? "")).body).toMatchObject({ ok: true, status: 200 });
    expect(upstream.received).toHaveLength(before + 1);
    expect(upstream.received.at(-1)?.headers.apikey).toBe(DEMO_KEY);
    await rotating.stop();

    // The new key now starts alone.
    const after = await startMain({ ...env, TESSERA_SECRET_KEY: newKey });
    expect(after.url, after.stderr).not.toBeNull();
    expect((await signIn(after.url ?? "")).body.ok).toBe(true);
    expect(upstream.received.at(-1)?.headers.apikey).toBe(DEMO_KEY);
    await after.stop();
  }, 60_000);
});
