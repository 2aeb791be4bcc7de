import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./createRateLimiter";

describe("createRateLimiter", () => {
  it("allows `points` per window, then answers the seconds until the window ends", async () => {
    let now = 0;
    const limiter = createRateLimiter({ points: 3, windowMs: 60_000 }, () => now);
    for (let i = 1; i <= 3; i++)
      expect(await limiter.consume("k")).toEqual({ allowed: true, consumed: i, retryAfterSeconds: 0 });
    now = 20_000;
    expect(await limiter.consume("k")).toMatchObject({ allowed: false, retryAfterSeconds: 40 });
    expect(await limiter.consume("other")).toMatchObject({ allowed: true, consumed: 1 });
    now = 60_000;
    expect(await limiter.consume("k")).toMatchObject({ allowed: true, consumed: 1 });
  });

  it("counts a cost, reads without counting, and forgets a deleted key", async () => {
    const limiter = createRateLimiter({ points: 10, windowMs: 1000 }, () => 0);
    await limiter.consume("k", 7);
    expect(await limiter.get("k")).toMatchObject({ allowed: true, consumed: 7 });
    await limiter.consume("k", 3);
    expect(await limiter.get("k")).toMatchObject({ allowed: false, consumed: 10, retryAfterSeconds: 1 });
    expect(await limiter.consume("k")).toMatchObject({ allowed: false, consumed: 11 });
    await limiter.delete("k");
    expect(await limiter.get("k")).toEqual({ allowed: true, consumed: 0, retryAfterSeconds: 0 });
  });

  it("refuses a blocked key until the block ends, past its window", async () => {
    let now = 0;
    const limiter = createRateLimiter({ points: 10, windowMs: 1000 }, () => now);
    await limiter.block("k", 5);
    expect(await limiter.get("k")).toMatchObject({ allowed: false, retryAfterSeconds: 5 });
    now = 2500;
    expect(await limiter.consume("k")).toMatchObject({ allowed: false, consumed: 1, retryAfterSeconds: 3 });
    now = 5000;
    expect(await limiter.get("k")).toMatchObject({ allowed: true, consumed: 0 });
  });
});
