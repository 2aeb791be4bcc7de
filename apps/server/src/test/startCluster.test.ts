import { describe, expect, it, onTestFinished } from "vitest";
import { nginxUnavailable, startCluster } from "./startCluster";

// The harness alone, on SQLite (each instance its own file): processes, nginx, health and
// failover. What the instances share is multiInstance.test.ts's business, on PostgreSQL.
const skip = nginxUnavailable();
if (skip) console.warn(`startCluster.test.ts skipped: ${skip}`);

describe.skipIf(skip)("startCluster", () => {
  it("balances over both instances and skips a killed one", async () => {
    const cluster = await startCluster();
    onTestFinished(() => cluster.close());
    const served = async () => {
      const res = await fetch(`${cluster.url}/api/health`);
      expect(res.status).toBe(200);
      return res.headers.get("x-tessera-upstream");
    };
    const before = new Set<string | null>();
    for (let i = 0; i < 6; i++) before.add(await served());
    expect([...before].sort()).toEqual(
      cluster.instances.map((instance) => `127.0.0.1:${instance.port}`).sort(),
    );

    await cluster.kill(1);
    expect(cluster.instances[1].alive).toBe(false);
    // The first request to the dead one fails to connect and goes on to the live one.
    for (let i = 0; i < 6; i++)
      expect(await served()).toMatch(new RegExp(`127\\.0\\.0\\.1:${cluster.instances[0].port}$`));
  }, 60_000);
});
