import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";

/**
 * Starts the real demo auth process on a random loopback port, stopped when the test file
 * ends; resolves with its base URL. `tokenTtlSeconds` is its DEMO_AUTH_TOKEN_TTL.
 */
export async function startDemoAuth(
  apiKey: string,
  options: { tokenTtlSeconds?: number } = {},
): Promise<{ child: ChildProcess; baseUrl: string }> {
  const main = fileURLToPath(new URL("../../../demo-auth/src/main.ts", import.meta.url));
  const child = spawn(process.execPath, ["--import", "tsx", main], {
    env: {
      ...process.env,
      DEMO_AUTH_PORT: "0",
      DEMO_AUTH_HOST: "127.0.0.1",
      DEMO_AUTH_API_KEY: apiKey,
      ...(options.tokenTtlSeconds ? { DEMO_AUTH_TOKEN_TTL: String(options.tokenTtlSeconds) } : {}),
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  afterAll(() => {
    child.kill();
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
