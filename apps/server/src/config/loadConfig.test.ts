import { describe, expect, it } from "vitest";
import { loadConfig } from "./loadConfig";

describe("loadConfig", () => {
  it("keeps PUBLIC_URL as its origin and splits ALLOWED_HOSTS", () => {
    const config = loadConfig({
      PUBLIC_URL: "https://Tessera.Example.com:443/some/path",
      ALLOWED_HOSTS: " tessera.internal:8080, Other.lan ,,",
    });
    expect(config.publicUrl).toBe("https://tessera.example.com");
    expect(config.allowedHosts).toEqual(["tessera.internal:8080", "other.lan"]);
  });

  it("leaves both unset by default, empty values included", () => {
    expect(loadConfig({})).toMatchObject({ publicUrl: undefined, allowedHosts: [] });
    expect(loadConfig({ PUBLIC_URL: "", ALLOWED_HOSTS: "" })).toMatchObject({ publicUrl: undefined });
  });

  it("refuses to start with a PUBLIC_URL that would refuse every request", () => {
    for (const value of [
      "tessera.example.com",
      "ftp://tessera.example.com",
      "https://u:p@tessera.example.com",
    ]) {
      expect(() => loadConfig({ PUBLIC_URL: value }), value).toThrow(/PUBLIC_URL/);
    }
  });

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

  it("takes a PostgreSQL DATABASE_URL and refuses anything else without echoing it", () => {
    expect(loadConfig({}).databaseUrl).toBeUndefined();
    expect(loadConfig({ DATABASE_URL: "postgresql://t:pw@db:5432/tessera" }).databaseUrl).toBe(
      "postgresql://t:pw@db:5432/tessera",
    );
    for (const value of ["mysql://t:secret-pw@db/tessera", "./data/tessera.db", "sqlite:tessera.db"]) {
      expect(() => loadConfig({ DATABASE_URL: value }), value).toThrow(
        /^DATABASE_URL must be a PostgreSQL URL/,
      );
      expect(() => loadConfig({ DATABASE_URL: value })).not.toThrow(/secret-pw/);
    }
  });
});
