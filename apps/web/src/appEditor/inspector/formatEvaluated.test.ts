import { describe, expect, it } from "vitest";
import { formatEvaluated } from "./formatEvaluated";

describe("formatEvaluated", () => {
  it("quotes strings and indents objects", () => {
    expect(formatEvaluated("Hi")).toBe('"Hi"');
    expect(formatEvaluated({ a: 1 })).toBe('{\n  "a": 1\n}');
  });

  it("names values JSON cannot hold", () => {
    expect(formatEvaluated(undefined)).toBe("undefined");
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(formatEvaluated(cyclic)).toBe("[object Object]");
  });
});
