import { describe, expect, it } from "vitest";
import { inputTypeMismatch, isMissingInput, staticInputValue } from "./moduleInputValue";

describe("staticInputValue", () => {
  it("converts static text to the input's type and leaves what does not convert as text", () => {
    expect(staticInputValue("5", "number")).toBe(5);
    expect(staticInputValue("five", "number")).toBe("five");
    expect(staticInputValue("true", "boolean")).toBe(true);
    expect(staticInputValue('{"a":1}', "object")).toEqual({ a: 1 });
    expect(staticInputValue("[1,2]", "array")).toEqual([1, 2]);
    expect(staticInputValue("5", "text")).toBe("5");
  });
});

describe("inputTypeMismatch", () => {
  it("accepts values of the type and missing values, and describes the others", () => {
    expect(inputTypeMismatch("a", "text")).toBeNull();
    expect(inputTypeMismatch(undefined, "number")).toBeNull();
    expect(inputTypeMismatch(5, "text")).toBe("number 5");
    expect(inputTypeMismatch({}, "array")).toBe("an object");
    expect(inputTypeMismatch([], "object")).toBe("an array of 0");
    expect(inputTypeMismatch("x", "any")).toBeNull();
  });
  it("counts null, undefined and empty text as missing", () => {
    expect([null, undefined, "", 0, false].map(isMissingInput)).toEqual([true, true, true, false, false]);
  });
});
