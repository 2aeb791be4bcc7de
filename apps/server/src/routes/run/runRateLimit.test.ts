import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { readRateLimits } from "../../config/readRateLimits";
import { createDatasource } from "../../test/createDatasource";
import { createWorkspace } from "../../test/createWorkspace";
import { pingPageDoc } from "../../test/pageDocs";
import { signUp } from "../../test/signUp";
import { startTestServer, testStoreKind } from "../../test/testServer";
import { insertApp } from "./insertRunFixtures";

describe("POST /api/v1/run rate limits", async () => {
  let upstreamHits = 0;
  const upstream = createServer((_req, res) => {
    upstreamHits += 1;
    res.setHeader("content-type", "application/json");
    res.end('{"ok":true}');
  });
  await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
  afterAll(() => new Promise<void>((resolve) => upstream.close(() => resolve())));

  // trustProxy lets the test speak for several client addresses through X-Forwarded-For.
  const server = await startTestServer({
    trustProxy: true,
    rateLimits: { ...readRateLimits({}), runAnonymousPerIp: 3, runAnonymousPerApp: 5, runMemberPerUser: 8 },
  });
  const admin = server.client();
  await signUp(admin);
  const workspace = await createWorkspace(admin);
  const baseUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  const datasource = await createDatasource(admin, workspace.id, "sk-run-limit-secret", baseUrl);
  const doc = pingPageDoc(datasource.id);

  const app = await insertApp(admin, server.store, workspace.id, { isPublic: true, doc });
  const body = { scope: "deployment", appId: app.appId, pageId: app.pageId, query: "ping", values: {} };
  const anonymousRun = (ip: string) =>
    server.client().request("POST", "/api/v1/run", body, { "x-forwarded-for": ip });

  it("answers 429 with Retry-After past the per-IP and per-app limits, without calling upstream", async () => {
    for (let i = 0; i < 3; i++) expect((await anonymousRun("203.0.113.1")).status).toBe(200);
    const refused = await anonymousRun("203.0.113.1");
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe("too_many_requests");
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(upstreamHits).toBe(3);

    // Another address has its own budget, until the app's budget (5 a minute) runs out.
    expect((await anonymousRun("203.0.113.2")).status).toBe(200);
    expect((await anonymousRun("203.0.113.2")).status).toBe(200);
    expect((await anonymousRun("203.0.113.3")).status).toBe(429);
    expect(upstreamHits).toBe(5);
  });

  it("counts members per user, apart from the anonymous budgets", async () => {
    const statuses = [];
    for (let i = 0; i < 9; i++) {
      statuses.push(
        (await admin.request("POST", "/api/v1/run", body, { "x-forwarded-for": "203.0.113.1" })).status,
      );
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 429]);
  });

  it("leaves the store version as it was, so the run path's caches hold", async () => {
    const before = await server.store.version();
    const hitsBefore = upstreamHits;
    // Counted (and refused: the app's budget is spent), which writes its counts.
    expect((await anonymousRun("203.0.113.9")).status).toBe(429);
    expect(await server.store.version()).toBe(before);
    expect(upstreamHits).toBe(hitsBefore);
  });

  it("counts runs in the store on PostgreSQL, shared by every instance, and in memory on SQLite", async () => {
    expect((await anonymousRun("203.0.113.10")).status).toBe(429);
    const stored = await server.store.limits.find("run:ip", "203.0.113.10");
    if (testStoreKind() === "postgres") expect(stored?.consumed).toBe(1);
    else expect(stored).toBeUndefined();
  });
});
