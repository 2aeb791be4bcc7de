import { describe, expect, it } from "vitest";
import { isInSlot } from "./isInSlot";

describe("isInSlot", () => {
  const tabs = ["details", "orders"];

  it("shows a child in its own part only", () => {
    expect(isInSlot("orders", "orders", tabs)).toBe(true);
    expect(isInSlot("orders", "details", tabs)).toBe(false);
  });

  it("shows a child of no part, or of a removed one, in the first part", () => {
    expect(isInSlot(undefined, "details", tabs)).toBe(true);
    expect(isInSlot("archive", "details", tabs)).toBe(true);
    expect(isInSlot("archive", "orders", tabs)).toBe(false);
  });
});
