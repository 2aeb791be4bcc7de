import { describe, expect, it } from "vitest";
import { loadConfig } from "./loadConfig";

describe("loadConfig", () => {
  it("keeps sign-up closed and private networks reachable by default", () => {
    const config = loadConfig({});
    expect(config.signupEnabled).toBe(false);
    expect(config.blockPrivateNetworks).toBe(false);
  });

  it("blocks private networks once sign-up is open, unless told otherwise", () => {
    expect(loadConfig({ SIGNUP_ENABLED: "true" }).blockPrivateNetworks).toBe(true);
    expect(loadConfig({ SIGNUP_ENABLED: "true", BLOCK_PRIVATE_NETWORKS: "false" }).blockPrivateNetworks).toBe(
      false,
    );
    expect(loadConfig({ BLOCK_PRIVATE_NETWORKS: "true" }).blockPrivateNetworks).toBe(true);
  });

  it("reads the rate limits, 0 turning one off, and falls back on unreadable values", () => {
    expect(loadConfig({}).rateLimits).toEqual({
      signupPerIp: 20,
      runAnonymousPerIp: 300,
      runAnonymousPerApp: 3000,
      runMemberPerUser: 1200,
    });
    const config = loadConfig({
      RUN_RATE_LIMIT_ANONYMOUS_PER_IP: "5",
      RUN_RATE_LIMIT_ANONYMOUS_PER_APP: "0",
      RUN_RATE_LIMIT_MEMBER_PER_USER: "lots",
    });
    expect(config.rateLimits).toMatchObject({
      runAnonymousPerIp: 5,
      runAnonymousPerApp: 0,
      runMemberPerUser: 1200,
    });
  });
});
