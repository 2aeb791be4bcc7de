import type { RunBody } from "@tessera/model";
import type { Request } from "express";
import { describe, expect, it } from "vitest";
import { readRateLimits } from "../config/readRateLimits";
import { createMemoryRateLimiters } from "./createMemoryRateLimiters";
import { createRunRateLimit } from "./createRunRateLimit";

const fromIp = (ip: string) => ({ ip, socket: {} }) as unknown as Request;
const run = { scope: "app", appId: "app-1", query: "q", values: {} } as unknown as RunBody;

describe("createRunRateLimit", () => {
  it("does not spend the app's budget on runs refused by the caller's own limit", async () => {
    const settings = { ...readRateLimits({}), runAnonymousPerIp: 2, runAnonymousPerApp: 5 };
    const limit = createRunRateLimit(settings, createMemoryRateLimiters());
    await limit(fromIp("10.0.0.1"), run, null);
    await limit(fromIp("10.0.0.1"), run, null);
    for (let i = 0; i < 10; i++)
      await expect(limit(fromIp("10.0.0.1"), run, null)).rejects.toMatchObject({ status: 429 });
    // 2 of the app's 5 spent: three more addresses still get through, the next does not.
    for (const ip of ["10.0.0.2", "10.0.0.3", "10.0.0.4"]) await limit(fromIp(ip), run, null);
    await expect(limit(fromIp("10.0.0.5"), run, null)).rejects.toMatchObject({ status: 429 });
  });
});
