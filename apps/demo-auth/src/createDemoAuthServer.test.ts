import { type ChildProcess, spawn } from "node:child_process";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDemoAuthServer } from "./createDemoAuthServer";

const API_KEY = "test-anon-key";

function client(baseUrl: string, apiKey: string | null = API_KEY) {
  return async (method: string, path: string, options: { body?: unknown; token?: string } = {}) => {
    const headers: Record<string, string> = {};
    if (apiKey !== null) headers.apikey = apiKey;
    if (options.body !== undefined) headers["content-type"] = "application/json";
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const res = await fetch(`${baseUrl}/auth/v1${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };
}

describe("demo auth server", () => {
  const server = createDemoAuthServer({ apiKey: API_KEY });
  let baseUrl = "";
  let call: ReturnType<typeof client>;

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    call = client(baseUrl);
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  const signIn = (email = "demo@example.com", password = "password123") =>
    call("POST", "/token?grant_type=password", { body: { email, password } });

  it("signs the demo user in with GoTrue's token answer", async () => {
    const res = await signIn();
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ token_type: "bearer", expires_in: 3600 });
    expect(res.body.access_token.split(".")).toHaveLength(3);
    expect(typeof res.body.refresh_token).toBe("string");
    expect(res.body.expires_at).toBeGreaterThan(Date.now() / 1000);
    expect(res.body.user).toMatchObject({
      email: "demo@example.com",
      aud: "authenticated",
      role: "authenticated",
    });
    expect(typeof res.body.user.id).toBe("string");
    expect(typeof res.body.user.created_at).toBe("string");
  });

  it("answers a wrong password and an unknown email the same way", async () => {
    const expected = { code: 400, error_code: "invalid_credentials", msg: "Invalid login credentials" };
    const wrongPassword = await signIn("demo@example.com", "nope");
    const unknownEmail = await signIn("nobody@example.com", "password123");
    expect(wrongPassword).toEqual({ status: 400, body: expected });
    expect(unknownEmail).toEqual({ status: 400, body: expected });
  });

  it("signs the second seeded user in", async () => {
    const res = await signIn("second@example.com", "password456");
    expect(res.status).toBe(200);
    expect(res.body.user.email).toBe("second@example.com");
  });

  it("requires the apikey header on every call", async () => {
    const missing = await client(baseUrl, null)("POST", "/token?grant_type=password", {
      body: { email: "demo@example.com", password: "password123" },
    });
    expect(missing).toEqual({ status: 401, body: { message: "No API key found in request" } });
    const wrong = await client(baseUrl, "other")("GET", "/user");
    expect(wrong.status).toBe(401);
  });

  it("returns the user for a Bearer access token", async () => {
    const { body: pair } = await signIn();
    const res = await call("GET", "/user", { token: pair.access_token });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: pair.user.id, email: "demo@example.com" });
  });

  it("asks for a Bearer token when none is sent", async () => {
    const res = await call("GET", "/user");
    expect(res).toEqual({
      status: 401,
      body: { code: 401, error_code: "no_authorization", msg: "This endpoint requires a Bearer token" },
    });
  });

  it("refuses a token with a forged signature", async () => {
    const { body: pair } = await signIn();
    const [header, payload] = pair.access_token.split(".");
    const res = await call("GET", "/user", { token: `${header}.${payload}.${"A".repeat(43)}` });
    expect(res.status).toBe(403);
    expect(res.body.error_code).toBe("bad_jwt");
  });

  it("rotates refresh tokens and revokes the family when a used one comes back", async () => {
    const { body: first } = await signIn();
    const refreshed = await call("POST", "/token?grant_type=refresh_token", {
      body: { refresh_token: first.refresh_token },
    });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.refresh_token).not.toBe(first.refresh_token);

    const reused = await call("POST", "/token?grant_type=refresh_token", {
      body: { refresh_token: first.refresh_token },
    });
    expect(reused).toEqual({
      status: 400,
      body: {
        code: 400,
        error_code: "refresh_token_already_used",
        msg: "Invalid Refresh Token: Already Used",
      },
    });
    // The newest token of the family is revoked too, and so is the session's access token.
    const newest = await call("POST", "/token?grant_type=refresh_token", {
      body: { refresh_token: refreshed.body.refresh_token },
    });
    expect(newest.status).toBe(400);
    const user = await call("GET", "/user", { token: refreshed.body.access_token });
    expect(user.status).toBe(403);
  });

  it("ends the session on logout: its access and refresh tokens stop working", async () => {
    const { body: pair } = await signIn();
    const { body: other } = await signIn();
    const logout = await call("POST", "/logout", { token: pair.access_token });
    expect(logout.status).toBe(204);
    const user = await call("GET", "/user", { token: pair.access_token });
    expect(user.status).toBe(403);
    expect(user.body.error_code).toBe("session_not_found");
    const refresh = await call("POST", "/token?grant_type=refresh_token", {
      body: { refresh_token: pair.refresh_token },
    });
    expect(refresh.status).toBe(400);
    // Another session of the same user stays signed in (scope=local).
    expect((await call("GET", "/user", { token: other.access_token })).status).toBe(200);
  });

  it("ends every session of the user with scope=global", async () => {
    const { body: pair } = await signIn("second@example.com", "password456");
    const { body: other } = await signIn("second@example.com", "password456");
    expect((await call("POST", "/logout?scope=global", { token: pair.access_token })).status).toBe(204);
    expect((await call("GET", "/user", { token: other.access_token })).status).toBe(403);
  });

  it("answers GoTrue errors for an unknown grant and bad JSON", async () => {
    const grant = await call("POST", "/token?grant_type=magic", { body: {} });
    expect(grant.body.error_code).toBe("unsupported_grant_type");
    const res = await fetch(`${baseUrl}/auth/v1/token?grant_type=password`, {
      method: "POST",
      headers: { apikey: API_KEY, "content-type": "application/json" },
      body: "{not json",
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error_code: string }).error_code).toBe("bad_json");
  });
});

describe("demo auth process", () => {
  let child: ChildProcess;
  let baseUrl = "";
  let call: ReturnType<typeof client>;

  beforeAll(async () => {
    const main = fileURLToPath(new URL("./main.ts", import.meta.url));
    child = spawn(process.execPath, ["--import", "tsx", main], {
      env: { ...process.env, DEMO_AUTH_PORT: "0", DEMO_AUTH_HOST: "127.0.0.1", DEMO_AUTH_TOKEN_TTL: "1" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const port = await new Promise<number>((resolve, reject) => {
      child.once("exit", (code) => reject(new Error(`demo-auth exited with ${code}`)));
      child.stdout?.on("data", (chunk: Buffer) => {
        const match = /"port":(\d+)/.exec(chunk.toString());
        if (match) resolve(Number(match[1]));
      });
    });
    baseUrl = `http://127.0.0.1:${port}`;
    call = client(baseUrl, "demo-anon-key");
  });
  afterAll(() => {
    child.kill("SIGTERM");
  });

  it("serves health without an API key", async () => {
    const res = await fetch(`${baseUrl}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it("refuses an access token once its TTL has passed", async () => {
    const { status, body: pair } = await call("POST", "/token?grant_type=password", {
      body: { email: "demo@example.com", password: "password123" },
    });
    expect(status).toBe(200);
    expect(pair.expires_in).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const res = await call("GET", "/user", { token: pair.access_token });
    expect(res).toEqual({
      status: 403,
      body: {
        code: 403,
        error_code: "bad_jwt",
        msg: "invalid JWT: unable to parse or verify signature, token has invalid claims: token is expired",
      },
    });
    // The refresh token still yields a fresh, working access token.
    const refreshed = await call("POST", "/token?grant_type=refresh_token", {
      body: { refresh_token: pair.refresh_token },
    });
    expect(refreshed.status).toBe(200);
    expect((await call("GET", "/user", { token: refreshed.body.access_token })).status).toBe(200);
  });
});
