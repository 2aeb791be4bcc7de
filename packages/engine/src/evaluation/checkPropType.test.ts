import { describe, expect, it } from "vitest";
import type { PropType } from "../runtime/types";
import { checkPropType } from "./checkPropType";

describe("checkPropType", () => {
  const accepted: [PropType, unknown, unknown][] = [
    ["string", "hi", "hi"],
    ["string", 42, "42"],
    ["string", true, "true"],
    ["string", undefined, ""],
    ["number", 3.5, 3.5],
    ["number", "12", 12],
    ["number", "", undefined],
    ["boolean", false, false],
    ["boolean", "true", true],
    ["array", [1], [1]],
    ["array", null, []],
    ["object", { a: 1 }, { a: 1 }],
    ["any", () => 1, expect.any(Function)],
  ];
  it.each(accepted)("accepts for %s: %j", (type, value, expected) => {
    const checked = checkPropType(value, type);
    expect(checked.error).toBeUndefined();
    expect(checked.value).toEqual(expected);
  });

  const refused: [PropType, unknown, string][] = [
    ["string", { a: 1 }, "This value does not evaluate to text: got an object"],
    ["string", [1, 2], "This value does not evaluate to text: got an array of 2"],
    ["number", "abc", 'This value does not evaluate to a number: got string "abc"'],
    ["number", Number.NaN, "This value does not evaluate to a number: got NaN"],
    ["boolean", 1, "This value does not evaluate to true or false: got number 1"],
    ["array", "a,b", 'This value does not evaluate to an array: got string "a,b"'],
    ["object", [1], "This value does not evaluate to an object: got an array of 1"],
  ];
  it.each(refused)("refuses for %s: %j", (type, value, message) => {
    const checked = checkPropType(value, type);
    expect(checked.error).toBe(message);
    expect(checked.value).toBeUndefined();
  });
});
