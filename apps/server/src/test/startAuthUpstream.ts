import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll } from "vitest";
import { registerSecret } from "./responseLog";

/**
 * A small token API on loopback, for vault tests that must control expiry and count calls:
 * `POST /token?grant_type=password|refresh_token`, `GET /user` (Bearer), `POST /logout`.
 * Every token it issues is registered as a secret, so no response of the test file may hold
 * one. An unknown or expired access token gets 401; a used or revoked refresh token 400.
 */
export interface AuthUpstream {
  url: string;
  /** Refresh grants answered, successful or not. */
  refreshes: number;
  /** The Authorization header of every `GET /user`. */
  userAuthorizations: string[];
  /** The access tokens issued so far, oldest first. */
  accessTokens: string[];
  /** Makes every access token issued so far fail with 401. */
  expireAccessTokens(): void;
  /** Makes every refresh token issued so far fail. */
  revokeRefreshTokens(): void;
}

export async function startAuthUpstream(options: { refreshDelayMs?: number } = {}): Promise<AuthUpstream> {
  const liveAccess = new Set<string>();
  const liveRefresh = new Set<string>();
  const issue = () => {
    const access = registerSecret(`at-${randomBytes(12).toString("hex")}`);
    const refresh = registerSecret(`rt-${randomBytes(12).toString("hex")}`);
    liveAccess.add(access);
    liveRefresh.add(refresh);
    upstream.accessTokens.push(access);
    return {
      access_token: access,
      refresh_token: refresh,
      token_type: "bearer",
      expires_at: Math.floor(Date.now() / 1000) + 3600,
      user: { email: "visitor@example.com" },
    };
  };
  const upstream: AuthUpstream = {
    url: "",
    refreshes: 0,
    userAuthorizations: [],
    accessTokens: [],
    expireAccessTokens: () => liveAccess.clear(),
    revokeRefreshTokens: () => liveRefresh.clear(),
  };

  const server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => {
      raw += chunk.toString();
    });
    req.on("end", async () => {
      const url = new URL(req.url ?? "/", "http://upstream");
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? "")?.[1] ?? "";
      const send = (status: number, answer: unknown) => {
        res.writeHead(status, { "Content-Type": "application/json" });
        res.end(JSON.stringify(answer));
      };
      if (req.method === "POST" && url.pathname === "/token") {
        if (url.searchParams.get("grant_type") === "password") {
          return body.password === "right"
            ? send(200, issue())
            : send(400, { msg: "Invalid login credentials" });
        }
        upstream.refreshes += 1;
        // Slow enough that runs arriving together all find the refresh under way.
        await new Promise((resolve) => setTimeout(resolve, options.refreshDelayMs ?? 0));
        const token = String(body.refresh_token ?? "");
        if (!liveRefresh.delete(token)) return send(400, { msg: "Invalid Refresh Token" });
        return send(200, issue());
      }
      if (req.method === "GET" && url.pathname === "/user") {
        upstream.userAuthorizations.push(req.headers.authorization ?? "");
        return liveAccess.has(bearer)
          ? send(200, { email: "visitor@example.com" })
          : send(401, { msg: "expired" });
      }
      if (req.method === "POST" && url.pathname === "/logout") {
        liveAccess.delete(bearer);
        liveRefresh.clear();
        res.writeHead(204).end();
        return;
      }
      send(404, { msg: "not found" });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  upstream.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return upstream;
}
