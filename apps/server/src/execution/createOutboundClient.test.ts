import { createServer, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { ApiError } from "../errors";
import { createAddressPolicy } from "./addressPolicy";
import { createOutboundClient, KEEP_ALIVE_MARGIN_MS, type OutboundClient } from "./createOutboundClient";

interface Upstream {
  url: string;
  /** Each call's path and the number of the connection it came on (1, 2, ...). */
  calls: { path: string; connection: number }[];
  server: Server;
}

/**
 * A loopback upstream: `/drop-reused` closes a connection that already served a call
 * without answering (as an upstream closing an idle connection when the call arrives),
 * `/drop` closes every connection so, anything else answers "ok".
 */
async function startUpstream(keepAliveTimeoutMs = 60_000): Promise<Upstream> {
  const calls: Upstream["calls"] = [];
  const connections = new Map<Socket, number>();
  const server = createServer((req, res) => {
    const connection = connections.get(req.socket) ?? 0;
    const path = req.url ?? "";
    const before = calls.filter((call) => call.connection === connection).length;
    calls.push({ path, connection });
    if (path === "/drop" || (path === "/drop-reused" && before > 0)) {
      req.socket.destroy();
      return;
    }
    res.end("ok");
  });
  server.keepAliveTimeout = keepAliveTimeoutMs;
  server.on("connection", (socket) => connections.set(socket, connections.size + 1));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, calls, server };
}

const opened: { client: OutboundClient; upstream: Upstream }[] = [];

async function setUp(keepAliveTimeoutMs?: number) {
  const upstream = await startUpstream(keepAliveTimeoutMs);
  const client = createOutboundClient({ policy: createAddressPolicy({ blockPrivateNetworks: false }) });
  opened.push({ client, upstream });
  const get = (path: string) =>
    client.send({
      url: new URL(path, upstream.url),
      method: "GET",
      headers: {},
      body: null,
      timeoutMs: 5000,
    });
  return { upstream, get };
}

afterEach(async () => {
  for (const { client, upstream } of opened.splice(0)) {
    client.close();
    upstream.server.closeAllConnections();
    await new Promise((resolve) => upstream.server.close(resolve));
  }
});

describe("createOutboundClient: pooled connections", () => {
  it("sends a call once more, on a new connection, when the upstream closed the pooled one unread", async () => {
    const { upstream, get } = await setUp();
    await get("/first");
    const result = await get("/drop-reused");
    expect(result).toMatchObject({ ok: true, status: 200, body: "ok" });
    expect(upstream.calls).toEqual([
      { path: "/first", connection: 1 },
      { path: "/drop-reused", connection: 1 },
      { path: "/drop-reused", connection: 2 },
    ]);
  });

  it("sends a call at most twice, and a call on a new connection once", async () => {
    const { upstream, get } = await setUp();
    await expect(get("/drop")).rejects.toMatchObject({ status: 502, code: "upstream_failed" });
    await get("/again");
    const error = await get("/drop").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(upstream.calls.map((call) => call.path)).toEqual(["/drop", "/again", "/drop", "/drop"]);
  });

  it("drops an idle connection a margin before the upstream's Keep-Alive hint runs out", async () => {
    // Hint: timeout=2. Kept here 1 s, so a call 1.2 s later takes a new connection.
    const { upstream, get } = await setUp(2000);
    await get("/first");
    await new Promise((resolve) => setTimeout(resolve, 2000 - KEEP_ALIVE_MARGIN_MS + 200));
    await get("/later");
    expect(upstream.calls).toEqual([
      { path: "/first", connection: 1 },
      { path: "/later", connection: 2 },
    ]);
  });
});
