import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createMemoryRateLimiters } from "../limits/createMemoryRateLimiters";
import { createStoreRateLimiters } from "../limits/createStoreRateLimiters";
import type { Store } from "../store/Store";
import { openTestStore } from "../test/openTestStore";
import { createLoginLimiter, type LoginLimits } from "./loginLimiter";

const limits: LoginLimits = {
  freeFailures: 3,
  maxDelaySeconds: 900,
  clientWindowMs: 24 * 60 * 60 * 1000,
  perAccount: { points: 100, windowMs: 60 * 60 * 1000 },
  perIp: { points: 20, windowMs: 15 * 60 * 1000 },
};

// The same rules whether the counts live in memory or in the store (SQLite, or PostgreSQL
// with TESSERA_TEST_STORE=postgres).
describe.each(["memory", "store"] as const)("createLoginLimiter counting in %s", (kind) => {
  let store: Store | undefined;
  beforeAll(async () => {
    if (kind === "store") store = await openTestStore();
  });
  afterAll(() => store?.close());
  // Every test starts from no counts at all.
  beforeEach(() => store?.limits.deleteExpired(Number.MAX_SAFE_INTEGER));

  function limiterAt(clock: { now: number }) {
    const now = () => clock.now;
    const limiters = store ? createStoreRateLimiters(store.limits, { now }) : createMemoryRateLimiters(now);
    return createLoginLimiter(limiters, limits);
  }

  it("lets a client fail 3 times freely, then doubles its wait after each failure", async () => {
    const clock = { now: 0 };
    const limiter = limiterAt(clock);
    for (let i = 0; i < 3; i++) await limiter.recordFailure("a@b.c", "10.0.0.1");
    expect(await limiter.check("a@b.c", "10.0.0.1")).toEqual({ retryAfterSeconds: 0, suspect: true });
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) {
      await limiter.recordFailure("a@b.c", "10.0.0.1");
      const { retryAfterSeconds } = await limiter.check("a@b.c", "10.0.0.1");
      waits.push(retryAfterSeconds);
      clock.now += retryAfterSeconds * 1000;
    }
    expect(waits).toEqual([1, 2, 4, 8, 16]);
    expect((await limiter.check("a@b.c", "10.0.0.1")).retryAfterSeconds).toBe(0);
  });

  it("caps the wait", async () => {
    const limiter = limiterAt({ now: 0 });
    for (let i = 0; i < 30; i++) await limiter.recordFailure("a@b.c", "10.0.0.1");
    expect((await limiter.check("a@b.c", "10.0.0.1")).retryAfterSeconds).toBe(900);
  });

  it("never holds back a client that has not failed on the account", async () => {
    const limiter = limiterAt({ now: 0 });
    for (let i = 0; i < 500; i++) await limiter.recordFailure("owner@b.c", "10.6.6.6");
    expect((await limiter.check("owner@b.c", "10.6.6.6")).retryAfterSeconds).toBeGreaterThan(0);
    expect(await limiter.check("owner@b.c", "10.0.0.1")).toEqual({ retryAfterSeconds: 0, suspect: false });
  });

  it("refuses every client that failed on an account with 100 failures this hour, until the hour ends", async () => {
    const clock = { now: 0 };
    const limiter = limiterAt(clock);
    // 99 failures from 33 IPs, 3 each: none of them is slowed down yet.
    for (let i = 0; i < 99; i++) await limiter.recordFailure("a@b.c", `10.1.${i % 33}.1`);
    expect((await limiter.check("a@b.c", "10.1.0.1")).retryAfterSeconds).toBe(0);
    await limiter.recordFailure("a@b.c", "10.9.9.9");
    expect((await limiter.check("a@b.c", "10.1.0.1")).retryAfterSeconds).toBe(3600);
    expect((await limiter.check("a@b.c", "10.9.9.9")).retryAfterSeconds).toBe(3600);
    expect((await limiter.check("a@b.c", "10.2.0.1")).retryAfterSeconds).toBe(0);
    clock.now = 60 * 60 * 1000;
    expect((await limiter.check("a@b.c", "10.1.0.1")).retryAfterSeconds).toBe(0);
  });

  it("marks an IP that failed on 20 accounts as suspect and gives it no free failures", async () => {
    const limiter = limiterAt({ now: 0 });
    for (let i = 0; i < 20; i++) await limiter.recordFailure(`user${i}@b.c`, "10.3.3.3");
    expect(await limiter.check("fresh@b.c", "10.3.3.3")).toEqual({ retryAfterSeconds: 0, suspect: true });
    expect((await limiter.check("fresh@b.c", "10.3.3.4")).suspect).toBe(false);
    await limiter.recordFailure("fresh@b.c", "10.3.3.3");
    expect((await limiter.check("fresh@b.c", "10.3.3.3")).retryAfterSeconds).toBe(1);
  });

  it("hashes an IP with a few failures on other accounts in the slower lane, without refusing it", async () => {
    const limiter = limiterAt({ now: 0 });
    for (let i = 0; i < 2; i++) await limiter.recordFailure(`guess${i}@b.c`, "10.6.6.6");
    expect((await limiter.check("owner@b.c", "10.6.6.6")).suspect).toBe(false);
    await limiter.recordFailure("guess2@b.c", "10.6.6.6");
    expect(await limiter.check("owner@b.c", "10.6.6.6")).toEqual({ retryAfterSeconds: 0, suspect: true });
  });

  it("clears the client's failures on success, not the account's total", async () => {
    const limiter = limiterAt({ now: 0 });
    for (let i = 0; i < 100; i++) await limiter.recordFailure("a@b.c", `10.4.${i}.1`);
    await limiter.recordFailure("a@b.c", "10.5.5.5");
    await limiter.recordSuccess("a@b.c", "10.5.5.5");
    expect(await limiter.check("a@b.c", "10.5.5.5")).toEqual({ retryAfterSeconds: 0, suspect: false });
    expect((await limiter.check("a@b.c", "10.4.0.1")).retryAfterSeconds).toBeGreaterThan(0);
  });
});
