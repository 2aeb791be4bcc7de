import { describe, expect, it } from "vitest";
import { coercePropValue } from "./coercePropValue";

describe("coercePropValue", () => {
  it("reads pane text as booleans and numbers", () => {
    expect(coercePropValue("boolean", "true")).toEqual({ ok: true, value: true });
    expect(coercePropValue("boolean", "")).toEqual({ ok: true, value: false });
    expect(coercePropValue("number", "12")).toEqual({ ok: true, value: 12 });
  });

  it("rejects values that are not of the type", () => {
    expect(coercePropValue("number", "twelve")).toMatchObject({ ok: false });
    expect(coercePropValue("boolean", "yes")).toMatchObject({ ok: false });
    expect(coercePropValue("array", { a: 1 })).toMatchObject({
      ok: false,
      message: "expected an array, got object",
    });
  });

  it("parses JSON text for arrays and objects", () => {
    expect(coercePropValue("array", '[{"label":"A","value":"a"}]')).toEqual({
      ok: true,
      value: [{ label: "A", value: "a" }],
    });
    expect(coercePropValue("object", "[1]")).toMatchObject({ ok: false });
  });

  it("turns values into text for string props", () => {
    expect(coercePropValue("string", 3)).toEqual({ ok: true, value: "3" });
    expect(coercePropValue("string", { a: 1 })).toEqual({ ok: true, value: '{"a":1}' });
    expect(coercePropValue("string", undefined)).toEqual({ ok: true, value: "" });
  });
});
