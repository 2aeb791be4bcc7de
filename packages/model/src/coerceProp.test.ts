import { describe, expect, it } from "vitest";
import { coerceProp } from "./coerceProp";
import type { PropType } from "./propTypes";

const align: PropType = { enum: ["left", "center", "right"] };

describe("coerceProp", () => {
  const accepted: [PropType, unknown, unknown][] = [
    ["text", "hi", "hi"],
    ["text", 42, "42"],
    ["text", true, "true"],
    ["text", undefined, ""],
    ["number", 3.5, 3.5],
    ["number", "12", 12],
    ["number", " 7 ", 7],
    ["number", "", 0],
    ["number", null, 0],
    ["boolean", false, false],
    ["boolean", "true", true],
    ["boolean", "false", false],
    ["boolean", "", false],
    ["array", [1], [1]],
    ["array", null, []],
    ["array", "", []],
    ["array", "[1,2]", [1, 2]],
    ["object", { a: 1 }, { a: 1 }],
    ["object", '{"a":1}', { a: 1 }],
    ["object", undefined, {}],
    ["options", [{ label: "A", value: "a" }], [{ label: "A", value: "a" }]],
    ["options", '[{"label":"A","value":"a"}]', [{ label: "A", value: "a" }]],
    [
      "options",
      ["x", 2],
      [
        { label: "x", value: "x" },
        { label: "2", value: "2" },
      ],
    ],
    ["options", [{ value: 1 }], [{ label: "1", value: "1" }]],
    ["options", "", []],
    ["color", "#3b6fd8", "#3b6fd8"],
    ["color", "rgb(0, 0, 0)", "rgb(0, 0, 0)"],
    ["color", "tomato", "tomato"],
    ["color", "", ""],
    ["url", "https://example.com/a?b=1", "https://example.com/a?b=1"],
    ["url", "http://localhost:3000", "http://localhost:3000"],
    ["url", "/logo.png", "/logo.png"],
    ["url", undefined, ""],
    ["date", "2026-03-31", "2026-03-31"],
    ["date", "2026-03-31T10:00:00.000Z", "2026-03-31T10:00:00.000Z"],
    ["date", new Date("2026-03-31T00:00:00.000Z"), "2026-03-31T00:00:00.000Z"],
    ["date", Date.UTC(2026, 2, 31), "2026-03-31T00:00:00.000Z"],
    ["date", "", ""],
    ["json", '{"a":[1]}', { a: [1] }],
    ["json", "plain words", "plain words"],
    ["json", 5, 5],
    [align, "center", "center"],
    [align, "", "left"],
    ["any", "{{x}}", "{{x}}"],
  ];
  it.each(accepted)("accepts for %j: %j", (type, value, expected) => {
    const coerced = coerceProp(type, value);
    expect(coerced.error).toBeUndefined();
    expect(coerced.value).toEqual(expected);
  });

  it("passes anything through for any", () => {
    const fn = () => 1;
    expect(coerceProp("any", fn)).toEqual({ value: fn });
  });

  const refused: [PropType, unknown, string, unknown][] = [
    ["text", { a: 1 }, "This value does not evaluate to text: got an object", '{"a":1}'],
    ["text", [1, 2], "This value does not evaluate to text: got an array of 2", "[1,2]"],
    ["number", "abc", 'This value does not evaluate to a number: got string "abc"', 0],
    ["number", Number.NaN, "This value does not evaluate to a number: got NaN", 0],
    ["boolean", 1, "This value does not evaluate to true or false: got number 1", false],
    ["boolean", "yes", 'This value does not evaluate to true or false: got string "yes"', false],
    ["array", "a,b", 'This value does not evaluate to an array: got string "a,b"', []],
    ["array", { a: 1 }, "This value does not evaluate to an array: got an object", []],
    ["object", [1], "This value does not evaluate to an object: got an array of 1", {}],
    ["object", "[1]", 'This value does not evaluate to an object: got string "[1]"', {}],
    [
      "options",
      "red, green",
      'This value does not evaluate to an array of { label, value }: got string "red, green"',
      [],
    ],
    [
      "options",
      [{ label: "A", value: "a" }, { label: "B" }],
      "This value does not evaluate to an array of { label, value }: item 1 has no value",
      [{ label: "A", value: "a" }],
    ],
    ["color", "not a color!", 'This value does not evaluate to a CSS color: got string "not a color!"', ""],
    ["color", 12, "This value does not evaluate to a CSS color: got number 12", ""],
    [
      "url",
      "javascript:alert(1)",
      'This value does not evaluate to an http(s) URL: got string "javascript:alert(1)"',
      "",
    ],
    [
      "url",
      "//evil.example/x",
      'This value does not evaluate to an http(s) URL: got string "//evil.example/x"',
      "",
    ],
    [
      "url",
      "data:text/html,hi",
      'This value does not evaluate to an http(s) URL: got string "data:text/html,hi"',
      "",
    ],
    [
      "date",
      "31/03/2026",
      'This value does not evaluate to a date (ISO 8601, such as 2026-03-31): got string "31/03/2026"',
      "",
    ],
    [
      "date",
      "2026-13-45",
      'This value does not evaluate to a date (ISO 8601, such as 2026-03-31): got string "2026-13-45"',
      "",
    ],
    ["json", () => 1, "This value does not evaluate to JSON: got a function", null],
    [
      align,
      "middle",
      'This value does not evaluate to one of left, center, right: got string "middle"',
      "left",
    ],
  ];
  it.each(refused)("refuses for %j: %j", (type, value, message, empty) => {
    const coerced = coerceProp(type, value);
    expect(coerced.error).toBe(message);
    expect(coerced.value).toEqual(empty);
  });

  it("gives every type a value of that type for empty input", () => {
    const types = [
      "text",
      "number",
      "boolean",
      "array",
      "object",
      "options",
      "color",
      "url",
      "date",
    ] as const;
    for (const type of types) {
      expect(coerceProp(type, coerceProp(type, undefined).value), type).toEqual(coerceProp(type, undefined));
    }
  });
});
