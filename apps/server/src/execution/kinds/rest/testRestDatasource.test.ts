import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunnableRestDatasource } from "../../../datasources/openDatasourceForRun";
import { createAddressPolicy } from "../../addressPolicy";
import { createOutboundClient } from "../../createOutboundClient";
import type { KindContext } from "../DatasourceKind";
import { testRestDatasource } from "./testRestDatasource";

let server: Server;
let baseUrl: string;
const seen: { url: string; key: string | undefined }[] = [];
const policy = createAddressPolicy({ blockPrivateNetworks: false });
const ctx: KindContext = {
  client: createOutboundClient({ policy }),
  policy,
  logger: pino({ level: "silent" }),
};

const datasource = (path: string): RunnableRestDatasource => ({
  kind: "rest",
  id: "ds1",
  workspaceId: "ws1",
  name: "Billing",
  origin: baseUrl,
  baseUrl: `${baseUrl}${path}`,
  headers: [{ name: "X-Key", value: "k", secret: true }],
  timeoutMs: 2000,
});

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ url: req.url ?? "", key: req.headers["x-key"] as string | undefined });
    res.statusCode = req.url?.startsWith("/broken") ? 503 : 401;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  ctx.client.close();
  await new Promise((resolve) => server.close(resolve));
});

describe("testRestDatasource", () => {
  it("calls the base URL with the datasource's headers and counts a 4xx as an answer", async () => {
    const result = await testRestDatasource(ctx, datasource("/api"));
    expect(result).toMatchObject({ ok: true, status: 401 });
    expect(seen.at(-1)).toEqual({ url: "/api", key: "k" });
  });

  it("reports a 5xx as not ok, with its status", async () => {
    const result = await testRestDatasource(ctx, datasource("/broken"));
    expect(result.ok).toBe(false);
    expect(result.status).toBe(503);
    expect(result.message).toContain("answered HTTP 503");
  });
});
