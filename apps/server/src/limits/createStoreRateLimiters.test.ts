import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPostgresStore } from "../store/postgres/openPostgresStore";
import type { Store } from "../store/Store";
import { createTestDatabase } from "../test/createTestDatabase";
import { openTestStore } from "../test/openTestStore";
import { testStoreKind } from "../test/testServer";
import { createStoreRateLimiters } from "./createStoreRateLimiters";

// On SQLite, or on PostgreSQL with TESSERA_TEST_STORE=postgres.
describe(`createStoreRateLimiters on ${testStoreKind()}`, () => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore();
  });
  afterAll(() => store.close());

  it("counts per window like the in-memory limiter, and reads without counting", async () => {
    const clock = { now: 1_000_000 };
    const limiters = createStoreRateLimiters(store.limits, { now: () => clock.now });
    const limiter = limiters.create("test:window", { points: 3, windowMs: 60_000 });
    for (let i = 1; i <= 3; i++)
      expect(await limiter.consume("k")).toEqual({ allowed: true, consumed: i, retryAfterSeconds: 0 });
    clock.now += 20_000;
    expect(await limiter.get("k")).toMatchObject({ allowed: false, consumed: 3, retryAfterSeconds: 40 });
    expect(await limiter.consume("k")).toMatchObject({ allowed: false, consumed: 4, retryAfterSeconds: 40 });
    expect(await limiter.consume("other")).toMatchObject({ allowed: true, consumed: 1 });
    clock.now += 40_000;
    expect(await limiter.consume("k")).toMatchObject({ allowed: true, consumed: 1 });
  });

  it("keeps the keys of two limiters apart, and counts both in one consumeEach", async () => {
    const limiters = createStoreRateLimiters(store.limits);
    const perIp = limiters.create("test:ip", { points: 1, windowMs: 60_000 });
    const perApp = limiters.create("test:app", { points: 10, windowMs: 60_000 });
    const first = await limiters.consumeEach([
      { limiter: perIp, key: "same" },
      { limiter: perApp, key: "same" },
    ]);
    expect(first.map((d) => [d.allowed, d.consumed])).toEqual([
      [true, 1],
      [true, 1],
    ]);
    const second = await limiters.consumeEach([
      { limiter: perIp, key: "same" },
      { limiter: perApp, key: "same" },
    ]);
    expect(second.map((d) => [d.allowed, d.consumed])).toEqual([
      [false, 2],
      [true, 2],
    ]);
  });

  it("blocks past the window, and forgets a deleted key", async () => {
    const clock = { now: 5_000_000 };
    const limiter = createStoreRateLimiters(store.limits, { now: () => clock.now }).create("test:block", {
      points: 10,
      windowMs: 1000,
    });
    await limiter.block("k", 5);
    await limiter.block("k", 2);
    expect(await limiter.get("k")).toMatchObject({ allowed: false, retryAfterSeconds: 5 });
    clock.now += 2500;
    expect(await limiter.consume("k")).toMatchObject({ allowed: false, consumed: 1, retryAfterSeconds: 3 });
    await limiter.delete("k");
    expect(await limiter.get("k")).toEqual({ allowed: true, consumed: 0, retryAfterSeconds: 0 });
  });

  it("sweeps counts whose window and block are over, not live ones", async () => {
    const limiter = createStoreRateLimiters(store.limits, { now: () => 9_000_000 }).create("test:sweep", {
      points: 10,
      windowMs: 1000,
    });
    await limiter.consume("dead");
    await limiter.block("blocked", 60);
    expect(await store.limits.deleteExpired(9_000_000 + 1000)).toBeGreaterThanOrEqual(1);
    expect(await store.limits.find("test:sweep", "dead")).toBeUndefined();
    expect(await store.limits.find("test:sweep", "blocked")).toBeDefined();
  });

  // SQLite's version counts every change on its connection: there it cannot hold.
  it.skipIf(testStoreKind() !== "postgres")(
    "does not bump the PostgreSQL store version: caches stay valid across runs",
    async () => {
      const limiter = createStoreRateLimiters(store.limits).create("test:version", {
        points: 10,
        windowMs: 1000,
      });
      const before = await store.version();
      await limiter.consume("k");
      await limiter.block("k", 1);
      await limiter.delete("k");
      expect(await store.version()).toBe(before);
    },
  );
});

describe.skipIf(testStoreKind() !== "postgres")("createStoreRateLimiters from two processes", () => {
  it("loses no count when two stores on one database consume one key at once", async () => {
    const database = await createTestDatabase(process.env.TEST_DATABASE_URL!);
    const stores = [
      openPostgresStore(database.url, { maxConnections: 5 }),
      openPostgresStore(database.url, { maxConnections: 5 }),
    ];
    try {
      await stores[0].migrate();
      const limiters = stores.map((store) =>
        createStoreRateLimiters(store.limits).create("test:race", { points: 1000, windowMs: 60_000 }),
      );
      const decisions = await Promise.all(
        Array.from({ length: 100 }, (_, i) => limiters[i % 2].consume("shared")),
      );
      // Every consume saw a distinct count: none read the row between another's read and write.
      expect(new Set(decisions.map((d) => d.consumed)).size).toBe(100);
      expect((await limiters[0].get("shared")).consumed).toBe(100);
    } finally {
      for (const store of stores) await store.close();
      await database.drop();
    }
  });
});
