import { describe, expect, it } from "vitest";
import { hashSessionToken } from "../../auth/sessionStore";
import { readRateLimits } from "../../config/readRateLimits";
import { signUp } from "../../test/signUp";
import { startTestServer } from "../../test/testServer";

describe("auth", async () => {
  const server = await startTestServer();

  it("makes the first account instance admin and signs it in", async () => {
    const client = server.client();
    const res = await client.post("/api/v1/auth/signup", {
      email: "First@Example.com",
      password: "long-enough-1",
      name: "First",
    });
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({ email: "first@example.com", name: "First", isInstanceAdmin: true });
    expect(res.text).not.toContain("password");
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect((await client.get("/api/v1/auth/me")).body.user.email).toBe("first@example.com");
    expect((await server.client().get("/api/v1/auth/config")).body).toEqual({
      signupEnabled: true,
      hasUsers: true,
    });
  });

  it("does not make later accounts admin and refuses a taken email", async () => {
    const client = server.client();
    const user = await signUp(client);
    expect(user.isInstanceAdmin).toBe(false);
    const again = await server
      .client()
      .post("/api/v1/auth/signup", { email: user.email, password: "whatever-123", name: "X" });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("email_taken");
  });

  it("returns 400 naming the field when the password is too short", async () => {
    const res = await server
      .client()
      .post("/api/v1/auth/signup", { email: "a@b.co", password: "short", name: "A" });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: "invalid_request", path: "body.password" });
  });

  it("logs in, stores only a hash of the session token, and logs out", async () => {
    const user = await signUp(server.client());
    const client = server.client();
    expect((await client.get("/api/v1/auth/me")).status).toBe(401);
    const login = await client.post("/api/v1/auth/login", { email: user.email, password: user.password });
    expect(login.status).toBe(200);
    expect(login.body.user.id).toBe(user.id);
    const token = client.sessionCookie()!;
    expect(token).toHaveLength(43);
    expect(await server.store.sessions.findUser(token)).toBeUndefined();
    expect(await server.store.sessions.findUser(hashSessionToken(token))).toMatchObject({
      user: { id: user.id },
    });
    expect((await client.get("/api/v1/auth/me")).status).toBe(200);
    expect((await client.post("/api/v1/auth/logout")).status).toBe(204);
    expect((await client.get("/api/v1/auth/me")).status).toBe(401);
  });

  it("refuses a wrong password with 401", async () => {
    const user = await signUp(server.client());
    const res = await server
      .client()
      .post("/api/v1/auth/login", { email: user.email, password: "wrong-one" });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("invalid_credentials");
  });

  it("answers 429 with Retry-After to a client that keeps failing on an account, past 3 free failures", async () => {
    const user = await signUp(server.client());
    const client = server.client();
    for (let i = 0; i < 4; i++) {
      expect((await client.post("/api/v1/auth/login", { email: user.email, password: "nope" })).status).toBe(
        401,
      );
    }
    const slowed = await client.post("/api/v1/auth/login", { email: user.email, password: user.password });
    expect(slowed.status).toBe(429);
    expect(Number(slowed.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("refuses a state-changing request from a foreign Origin with 403", async () => {
    const user = await signUp(server.client());
    const client = server.client();
    const res = await client.request(
      "POST",
      "/api/v1/auth/login",
      { email: user.email, password: user.password },
      { origin: "https://evil.example" },
    );
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("foreign_origin");
    const sameOrigin = await client.request(
      "POST",
      "/api/v1/auth/login",
      { email: user.email, password: user.password },
      { origin: server.url },
    );
    expect(sameOrigin.status).toBe(200);
    const foreignReferer = await client.request(
      "POST",
      "/api/v1/auth/logout",
      {},
      {
        referer: "http://evil.example/page",
      },
    );
    expect(foreignReferer.status).toBe(403);
    expect((await client.get("/api/v1/auth/me")).status).toBe(200);
  });
});

describe("auth with a sign-up limit per address", async () => {
  const server = await startTestServer({
    trustProxy: true,
    rateLimits: { ...readRateLimits({}), signupPerIp: 2 },
  });

  it("answers 429 with Retry-After past the limit, for that address only", async () => {
    const signUpFrom = (ip: string, email: string) =>
      server
        .client()
        .request(
          "POST",
          "/api/v1/auth/signup",
          { email, password: "long-enough-1", name: "S" },
          { "x-forwarded-for": ip },
        );
    expect((await signUpFrom("203.0.113.1", "s1@example.com")).status).toBe(201);
    expect((await signUpFrom("203.0.113.1", "s2@example.com")).status).toBe(201);
    const third = await signUpFrom("203.0.113.1", "s3@example.com");
    expect(third.status).toBe(429);
    expect(Number(third.headers.get("retry-after"))).toBeGreaterThan(3000);
    expect((await signUpFrom("203.0.113.2", "s3@example.com")).status).toBe(201);
  });
});

describe("auth with sign-ups disabled", async () => {
  const server = await startTestServer({ signupEnabled: false });

  it("lets the first account in, then refuses sign-ups", async () => {
    expect((await server.client().get("/api/v1/auth/config")).body).toEqual({
      signupEnabled: true,
      hasUsers: false,
    });
    const first = await signUp(server.client());
    expect(first.isInstanceAdmin).toBe(true);
    const second = await server
      .client()
      .post("/api/v1/auth/signup", { email: "late@example.com", password: "long-enough-1", name: "Late" });
    expect(second.status).toBe(403);
    expect(second.body.error.code).toBe("signup_disabled");
  });
});

describe("auth behind a TLS-terminating proxy", async () => {
  const server = await startTestServer({ trustProxy: true });
  const from = (ip: string) => ({ "x-forwarded-for": ip });

  it("does not lock the owner out after a wrong-password flood from another address", async () => {
    const owner = await signUp(server.client());
    const attacker = server.client();
    const statuses = new Set<number>();
    for (let i = 0; i < 30; i++) {
      const res = await attacker.request(
        "POST",
        "/api/v1/auth/login",
        { email: owner.email, password: `guess-${i}` },
        from("203.0.113.7"),
      );
      statuses.add(res.status);
    }
    expect([...statuses].sort()).toEqual([401, 429]);
    const blocked = await attacker.request(
      "POST",
      "/api/v1/auth/login",
      { email: owner.email, password: owner.password },
      from("203.0.113.7"),
    );
    expect(blocked.status).toBe(429);
    const res = await server
      .client()
      .request(
        "POST",
        "/api/v1/auth/login",
        { email: owner.email, password: owner.password },
        from("198.51.100.2"),
      );
    expect(res.status).toBe(200);
    expect(res.body.user.id).toBe(owner.id);
  });

  it("sets a Secure cookie and accepts the https Origin the proxy forwards", async () => {
    const host = new URL(server.url).host;
    const res = await server
      .client()
      .request(
        "POST",
        "/api/v1/auth/signup",
        { email: "proxied@example.com", password: "long-enough-1", name: "P" },
        { "x-forwarded-proto": "https", origin: `https://${host}` },
      );
    expect(res.status).toBe(201);
    expect(res.headers.get("set-cookie")).toMatch(/;\s*Secure/i);
  });
});
