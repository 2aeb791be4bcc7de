import { describe, expect, it } from "vitest";
import { createLoginLimiter } from "./loginLimiter";

describe("createLoginLimiter", () => {
  const limits = { windowMs: 15 * 60 * 1000, perAccount: 5, perIp: 20 };

  it("locks an account after 5 failures until the window passes", () => {
    let now = 0;
    const limiter = createLoginLimiter(limits, () => now);
    for (let i = 0; i < 5; i++) {
      expect(limiter.retryAfter("a@b.c", `10.0.0.${i}`)).toBe(0);
      limiter.recordFailure("a@b.c", `10.0.0.${i}`);
    }
    expect(limiter.retryAfter("a@b.c", "10.0.0.99")).toBe(900);
    now = 10 * 60 * 1000;
    expect(limiter.retryAfter("a@b.c", "10.0.0.99")).toBe(300);
    now = 15 * 60 * 1000 + 1;
    expect(limiter.retryAfter("a@b.c", "10.0.0.99")).toBe(0);
  });

  it("locks an IP after 20 failures across accounts", () => {
    const limiter = createLoginLimiter(limits, () => 0);
    for (let i = 0; i < 20; i++) limiter.recordFailure(`user${i}@b.c`, "10.1.1.1");
    expect(limiter.retryAfter("fresh@b.c", "10.1.1.1")).toBeGreaterThan(0);
    expect(limiter.retryAfter("fresh@b.c", "10.1.1.2")).toBe(0);
  });

  it("clears an account's failures on success", () => {
    const limiter = createLoginLimiter(limits, () => 0);
    for (let i = 0; i < 5; i++) limiter.recordFailure("a@b.c", "10.2.2.2");
    limiter.recordSuccess("a@b.c");
    expect(limiter.retryAfter("a@b.c", "10.9.9.9")).toBe(0);
  });
});
