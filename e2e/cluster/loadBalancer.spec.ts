import { expect, test } from "@playwright/test";

// The journeys of playwright.cluster.config.ts prove something only if nginx really spreads
// them over two instances: each answer names the instance that gave it (X-Tessera-Upstream).
test("the load balancer spreads requests over both platform instances", async ({ request }) => {
  const upstreams = new Set<string>();
  for (let i = 0; i < 6; i++) {
    const res = await request.get("/api/health");
    expect(res.status()).toBe(200);
    upstreams.add(res.headers()["x-tessera-upstream"] ?? "none");
  }
  expect([...upstreams].sort()).toHaveLength(2);
  expect(upstreams).not.toContain("none");
});
