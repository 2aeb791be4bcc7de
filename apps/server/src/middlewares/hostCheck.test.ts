import { request } from "node:http";
import { describe, expect, it } from "vitest";
import { startTestServer } from "../test/testServer";
import { createHostPolicy } from "./hostPolicy";

/** fetch will not send a Host of the caller's choosing, so these go through node:http. */
function send(
  base: string,
  method: string,
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        method,
        path,
        headers: { "content-type": "application/json", ...headers },
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          body += chunk;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("error", reject);
    req.end(method === "GET" ? undefined : "{}");
  });
}

describe("the Host and Origin checks", async () => {
  const server = await startTestServer();
  const { host, port } = new URL(server.url);

  it("refuses a forged Host with 421 host_not_allowed, on the API and on pages", async () => {
    for (const path of ["/api/v1/auth/config", "/", "/app/login-app"]) {
      const res = await send(server.url, "GET", path, { host: `rebound.attacker.example:${port}` });
      expect(res.status, path).toBe(421);
      expect(JSON.parse(res.body).error.code).toBe("host_not_allowed");
    }
  });

  it("refuses a rebound name even when the Origin agrees with it", async () => {
    const rebound = `rebound.attacker.example:${port}`;
    const res = await send(server.url, "POST", "/api/v1/auth/logout", {
      host: rebound,
      origin: `http://${rebound}`,
    });
    expect(res.status).toBe(421);
  });

  it("refuses a local name on another port than the one the server listens on", async () => {
    const res = await send(server.url, "GET", "/api/v1/auth/config", { host: "localhost:1" });
    expect(res.status).toBe(421);
  });

  it("answers the local names on its own port", async () => {
    for (const name of [host, `localhost:${port}`, `[::1]:${port}`, `LOCALHOST:${port}`]) {
      expect((await send(server.url, "GET", "/api/v1/auth/config", { host: name })).status, name).toBe(200);
    }
  });

  it("keeps the health check open to a local caller whatever the Host", async () => {
    const res = await send(server.url, "GET", "/api/health", { host: "rebound.attacker.example" });
    expect(res.status).toBe(200);
  });

  it("refuses a state change from another origin with 403, even when Host names it", async () => {
    const forged = await send(server.url, "POST", "/api/v1/auth/logout", {
      host,
      origin: "http://rebound.attacker.example",
    });
    expect(forged.status).toBe(403);
    expect(JSON.parse(forged.body).error.code).toBe("foreign_origin");
    // A page on another local port is another origin too.
    const otherPort = await send(server.url, "POST", "/api/v1/auth/logout", {
      host,
      origin: "http://127.0.0.1:1",
    });
    expect(otherPort.status).toBe(403);
    const own = await send(server.url, "POST", "/api/v1/auth/logout", { host, origin: server.url });
    expect(own.status).toBe(204);
  });
});

describe("the Host and Origin checks with PUBLIC_URL", async () => {
  const server = await startTestServer({
    publicUrl: "https://tessera.example.com",
    allowedHosts: ["tessera.internal:8080"],
  });

  it("answers PUBLIC_URL's host and the extra hosts, and nothing else", async () => {
    for (const name of ["tessera.example.com", "tessera.example.com:443", "tessera.internal:8080"]) {
      expect((await send(server.url, "GET", "/api/v1/auth/config", { host: name })).status, name).toBe(200);
    }
    for (const name of [
      new URL(server.url).host,
      "tessera.example.com:8443",
      "tessera.internal",
      "evil.example",
    ]) {
      expect((await send(server.url, "GET", "/api/v1/auth/config", { host: name })).status, name).toBe(421);
    }
  });

  it("accepts PUBLIC_URL's origin, from behind a proxy that speaks plain HTTP to the server", async () => {
    const res = await send(server.url, "POST", "/api/v1/auth/logout", {
      host: "tessera.example.com",
      origin: "https://tessera.example.com",
    });
    expect(res.status).toBe(204);
    const plain = await send(server.url, "POST", "/api/v1/auth/logout", {
      host: "tessera.example.com",
      origin: "http://tessera.example.com",
    });
    expect(plain.status).toBe(403);
  });
});

describe("createHostPolicy", () => {
  const policy = createHostPolicy({ publicUrl: undefined, allowedHosts: ["tools.lan"] }, [
    "localhost",
    "box",
  ]);

  it("reads a Host without a port as the scheme's default port", () => {
    expect(policy.allowsHost("localhost", "http", 80)).toBe(true);
    expect(policy.allowsHost("localhost", "http", 3000)).toBe(false);
    expect(policy.allowsHost("box:3000", "http", 3000)).toBe(true);
  });

  it("refuses malformed and userinfo-shaped hosts", () => {
    for (const value of [
      undefined,
      "",
      "evil.example@localhost:3000",
      "localhost:3000/x",
      "localhost:99999",
      "local host",
    ]) {
      expect(policy.allowsHost(value, "http", 3000), String(value)).toBe(false);
    }
  });

  it("lets an extra host without a port in on any port, as Host and as Origin", () => {
    expect(policy.allowsHost("tools.lan:5173", "http", 3000)).toBe(true);
    expect(policy.allowsOrigin("http://tools.lan:5173", "http", 3000)).toBe(true);
    expect(policy.allowsOrigin("http://localhost:3000", "https", 3000)).toBe(false);
    expect(policy.allowsOrigin("null", "http", 3000)).toBe(false);
  });
});
