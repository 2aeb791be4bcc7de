import { describe, expect, it } from "vitest";
import { uniqueSlug } from "./uniqueSlug";

describe("uniqueSlug", () => {
  it("adds the first free numeric suffix", () => {
    const taken = new Set(["login-app", "login-app-2"]);
    expect(uniqueSlug("login-app", (s) => taken.has(s))).toBe("login-app-3");
    expect(uniqueSlug("other", (s) => taken.has(s))).toBe("other");
  });

  it("stays within 64 characters", () => {
    const base = "a".repeat(64);
    const slug = uniqueSlug(base, (s) => s === base);
    expect(slug).toHaveLength(64);
    expect(slug.endsWith("-2")).toBe(true);
  });
});
