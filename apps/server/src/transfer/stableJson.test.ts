import { describe, expect, it } from "vitest";
import { stableJson } from "./stableJson";

describe("stableJson", () => {
  it("sorts keys at every level, keeps array order, indents by 2 and ends with a newline", () => {
    expect(stableJson({ b: 1, a: [{ z: 1, y: 2 }, 3] })).toBe(
      '{\n  "a": [\n    {\n      "y": 2,\n      "z": 1\n    },\n    3\n  ],\n  "b": 1\n}\n',
    );
  });

  it("gives the same text whatever order the keys were written in", () => {
    expect(stableJson({ name: "Auth", format: "tessera/package" })).toBe(
      stableJson({ format: "tessera/package", name: "Auth" }),
    );
  });

  it("orders keys by code unit, not by locale", () => {
    expect(Object.keys(JSON.parse(stableJson({ b: 1, B: 2, a: 3 })))).toEqual(["B", "a", "b"]);
  });
});
