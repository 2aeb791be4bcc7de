import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type RestQueryConfig, restQueryConfigSchema } from "@tessera/model";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ApiError } from "../../../errors";
import { createAddressPolicy } from "../../addressPolicy";
import { createOutboundClient, type HostResolver } from "../../createOutboundClient";
import { executeQuery, type RunDatasource } from "./executeQuery";

const SECRET = "sk-very-secret-value-123";

interface Received {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

/** A local upstream whose behaviour each test picks by path. */
function startUpstream(): Promise<{ server: Server; port: number; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = "";
    req.on("data", (chunk) => {
      body += chunk;
    });
    req.on("end", () => {
      received.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
      const path = (req.url ?? "").split("?")[0];
      if (path.endsWith("/json")) {
        res.setHeader("Set-Cookie", "upstream=1");
        res.setHeader("X-Upstream", "yes");
        res.setHeader("Content-Type", "application/json");
        res.end(JSON.stringify({ received: body ? JSON.parse(body) : null }));
      } else if (path.endsWith("/text")) {
        res.setHeader("Content-Type", "text/plain");
        res.end("plain answer");
      } else if (path.endsWith("/redirect")) {
        res.statusCode = 302;
        res.setHeader("Location", "http://169.254.169.254/latest/meta-data/");
        res.end();
      } else if (path.endsWith("/missing")) {
        res.statusCode = 404;
        res.setHeader("Content-Type", "application/json");
        res.end('{"msg":"nope"}');
      } else if (path.endsWith("/big")) {
        res.setHeader("Content-Type", "text/plain");
        res.end("x".repeat(5000));
      } else if (path.endsWith("/big-chunked")) {
        res.setHeader("Content-Type", "text/plain");
        for (let i = 0; i < 10; i++) res.write("y".repeat(500));
        res.end();
      } else if (path.endsWith("/slow")) {
        setTimeout(() => res.end("late"), 2000);
      } else {
        res.end("ok");
      }
    });
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ server, port: (server.address() as AddressInfo).port, received }),
    ),
  );
}

const query = (partial: Partial<RestQueryConfig>): RestQueryConfig =>
  restQueryConfigSchema.parse({ datasourceId: "ds", method: "GET", ...partial });

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error("expected the run to fail");
}

describe("executeQuery", () => {
  let upstream: Awaited<ReturnType<typeof startUpstream>>;
  let datasource: RunDatasource;
  const client = createOutboundClient({
    policy: createAddressPolicy({ blockPrivateNetworks: false }),
    maxResponseBytes: 4096,
  });

  beforeAll(async () => {
    upstream = await startUpstream();
    datasource = {
      baseUrl: `http://127.0.0.1:${upstream.port}/api`,
      headers: [
        { name: "apikey", value: SECRET, secret: true },
        { name: "X-Plain", value: "plain", secret: false },
      ],
      timeoutMs: 500,
    };
  });
  afterAll(() => {
    client.close();
    upstream.server.close();
  });

  it("sends a JSON-injection attempt as a plain string value", async () => {
    const result = await executeQuery(
      client,
      datasource,
      query({ method: "POST", path: "/json", body: '{ "email": {{inputs.email}}, "role": "user" }' }),
      { "inputs.email": '", "role": "admin' },
    );
    expect(result.ok).toBe(true);
    expect(result.body).toEqual({ received: { email: '", "role": "admin', role: "user" } });
    const last = upstream.received.at(-1)!;
    expect(last.headers["content-type"]).toBe("application/json");
  });

  it("sends a non-ASCII body whole (content-length counts bytes)", async () => {
    const result = await executeQuery(
      client,
      datasource,
      query({ method: "POST", path: "/json", body: '{ "name": {{name}} }' }),
      { name: "Zoë ✓ 日本" },
    );
    expect(result.body).toEqual({ received: { name: "Zoë ✓ 日本" } });
  });

  it("adds the secret header upstream and keeps it out of the result", async () => {
    const result = await executeQuery(
      client,
      datasource,
      query({ path: "/json", headers: [{ key: "apikey", value: "x" }] }),
      {},
    );
    expect(upstream.received.at(-1)!.headers.apikey).toBe(SECRET);
    expect(upstream.received.at(-1)!.headers["x-plain"]).toBe("plain");
    expect(JSON.stringify(result)).not.toContain(SECRET);
  });

  it("returns lower-case headers without set-cookie and a parsed JSON body", async () => {
    const result = await executeQuery(client, datasource, query({ path: "/json" }), {});
    expect(result.headers["x-upstream"]).toBe("yes");
    expect(result.headers).not.toHaveProperty("set-cookie");
    expect(result.status).toBe(200);
    expect(result.durationMs).toBeGreaterThanOrEqual(0);
  });

  it("returns a text body as text", async () => {
    const result = await executeQuery(client, datasource, query({ path: "/text" }), {});
    expect(result.body).toBe("plain answer");
  });

  it("returns upstream 4xx as data with ok=false", async () => {
    const result = await executeQuery(client, datasource, query({ path: "/missing" }), {});
    expect(result).toMatchObject({ ok: false, status: 404, body: { msg: "nope" } });
  });

  it("returns a redirect as data instead of following it", async () => {
    const count = upstream.received.length;
    const result = await executeQuery(client, datasource, query({ path: "/redirect" }), {});
    expect(result).toMatchObject({ ok: false, status: 302 });
    expect(result.headers.location).toBe("http://169.254.169.254/latest/meta-data/");
    expect(upstream.received.length).toBe(count + 1);
  });

  it("encodes path values and query params", async () => {
    await executeQuery(
      client,
      datasource,
      query({ path: "/items/{{id}}", queryParams: [{ key: "q", value: "{{term}}" }] }),
      { id: "a/b?c", term: "x&y=z" },
    );
    expect(upstream.received.at(-1)!.url).toBe("/api/items/a%2Fb%3Fc?q=x%26y%3Dz");
  });

  it("refuses a path that escapes the datasource's origin", async () => {
    const error = await failure(executeQuery(client, datasource, query({ path: "//evil.example/x" }), {}));
    expect(error.code).toBe("origin_mismatch");
  });

  it("refuses a path value that climbs out of the base path", async () => {
    const error = await failure(executeQuery(client, datasource, query({ path: "/{{p}}" }), { p: ".." }));
    expect(error.code).toBe("origin_mismatch");
  });

  it("answers 504 upstream_timeout after the datasource's timeout", async () => {
    const started = Date.now();
    const error = await failure(executeQuery(client, datasource, query({ path: "/slow" }), {}));
    expect(error).toMatchObject({ status: 504, code: "upstream_timeout" });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it("answers 502 response_too_large for a declared or streamed oversized answer", async () => {
    expect((await failure(executeQuery(client, datasource, query({ path: "/big" }), {}))).code).toBe(
      "response_too_large",
    );
    expect((await failure(executeQuery(client, datasource, query({ path: "/big-chunked" }), {}))).code).toBe(
      "response_too_large",
    );
  });

  it("answers 502 upstream_unreachable with an actionable message when nothing listens", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await failure(
      executeQuery(client, { ...datasource, baseUrl: `http://127.0.0.1:${port}` }, query({}), {}),
    );
    expect(error).toMatchObject({ status: 502, code: "upstream_unreachable" });
    expect(error.message).toBe(
      `Could not connect to http://127.0.0.1:${port}: connection refused. Is the service running?`,
    );
    expect(error.message).not.toContain(SECRET);
  });

  it("refuses the metadata IP literal without connecting", async () => {
    const error = await failure(
      executeQuery(client, { ...datasource, baseUrl: "http://169.254.169.254/latest" }, query({}), {}),
    );
    expect(error).toMatchObject({ status: 502, code: "address_refused" });
  });

  for (const host of [
    "2852039166",
    "0xa9fea9fe",
    "169.254.169.254.",
    "[::ffff:169.254.169.254]",
    "[fd00:ec2::254]",
  ]) {
    it(`refuses the metadata address spelled ${host}`, async () => {
      const error = await failure(
        executeQuery(client, { ...datasource, baseUrl: `http://${host}/latest` }, query({}), {}),
      );
      expect(error.code).toBe("address_refused");
    });
  }

  it("refuses metadata.google.internal by name", async () => {
    const error = await failure(
      executeQuery(client, { ...datasource, baseUrl: "http://metadata.google.internal" }, query({}), {}),
    );
    expect(error.code).toBe("address_refused");
  });
});

describe("executeQuery: connect-time address checks", () => {
  let upstream: Awaited<ReturnType<typeof startUpstream>>;
  const names: Record<string, string[]> = {
    "rebound.test": ["169.254.169.254"],
    "mixed.test": ["127.0.0.1", "fe80::1"],
    "local.test": ["127.0.0.1"],
  };
  const resolve = vi.fn<HostResolver>(async (hostname) => {
    const addresses = names[hostname];
    if (!addresses)
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
    return addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  });
  const open = createOutboundClient({
    policy: createAddressPolicy({ blockPrivateNetworks: false }),
    resolve,
  });
  const closed = createOutboundClient({
    policy: createAddressPolicy({ blockPrivateNetworks: true }),
    resolve,
  });
  const at = (host: string): RunDatasource => ({
    baseUrl: `http://${host}:${upstream.port}`,
    headers: [],
    timeoutMs: 1000,
  });

  beforeAll(async () => {
    upstream = await startUpstream();
  });
  afterAll(() => {
    open.close();
    closed.close();
    upstream.server.close();
  });

  it("refuses a host name that resolves to the metadata address, at connect time", async () => {
    resolve.mockClear();
    const error = await failure(executeQuery(open, at("rebound.test"), query({}), {}));
    expect(error).toMatchObject({ status: 502, code: "address_refused" });
    expect(resolve).toHaveBeenCalledWith("rebound.test");
  });

  it("refuses a name when any of its addresses is refused", async () => {
    const error = await failure(executeQuery(open, at("mixed.test"), query({}), {}));
    expect(error.code).toBe("address_refused");
  });

  it("connects to a name whose addresses are allowed", async () => {
    const result = await executeQuery(open, at("local.test"), query({ path: "/text" }), {});
    expect(result.body).toBe("plain answer");
  });

  it("refuses private addresses only when private networks are blocked", async () => {
    expect((await failure(executeQuery(closed, at("local.test"), query({}), {}))).code).toBe(
      "address_refused",
    );
    expect((await failure(executeQuery(closed, at("127.0.0.1"), query({}), {}))).code).toBe(
      "address_refused",
    );
  });

  it("answers 502 upstream_dns when the name does not resolve", async () => {
    const error = await failure(executeQuery(open, at("nowhere.test"), query({}), {}));
    expect(error).toMatchObject({ status: 502, code: "upstream_dns" });
  });
});
