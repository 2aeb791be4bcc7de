import { describe, expect, it } from "vitest";
import { findUnsafeJson, MAX_IMPORT_DEPTH } from "./findUnsafeJson";

describe("findUnsafeJson", () => {
  it("finds prototype keys anywhere, with their path", () => {
    expect(findUnsafeJson(JSON.parse('{"a":[{"b":{"__proto__":{"x":1}}}]}'))).toEqual({
      path: ["a", 0, "b", "__proto__"],
      message: 'the key "__proto__" is not allowed',
    });
    expect(findUnsafeJson({ constructor: { prototype: {} } })?.path).toEqual(["constructor"]);
    expect(findUnsafeJson({ a: { prototype: 1 } })?.path).toEqual(["a", "prototype"]);
  });

  it("refuses nesting past the limit without recursing", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findUnsafeJson(deep)?.path).toHaveLength(MAX_IMPORT_DEPTH);
    let fine: unknown = 1;
    for (let i = 0; i < MAX_IMPORT_DEPTH; i++) fine = { a: fine };
    expect(findUnsafeJson(fine)).toBeNull();
  });

  it("accepts ordinary documents", () => {
    expect(findUnsafeJson({ name: "Auth", modules: [{ kind: "js", source: "constructor" }] })).toBeNull();
  });
});
