import { describe, expect, it } from "vitest";
import { isSyntaxError } from "../code/parseCode";
import { listJsObjectMembers } from "./listJsObjectMembers";
import { parseJsObject } from "./parseJsObject";

describe("parseJsObject", () => {
  it("lists variables and functions of every form", () => {
    const parsed = parseJsObject(`export default {
  count: 1,
  items: [1, 2],
  arrow: (x) => x + 1,
  asyncArrow: async () => 2,
  method() { return this.count },
  async asyncMethod() { await null },
  classic: function () {},
  "quoted": 3,
}`);
    if (isSyntaxError(parsed)) throw new Error(parsed.message);
    expect(parsed.members.map((m) => [m.name, m.kind, m.async])).toEqual([
      ["count", "variable", false],
      ["items", "variable", false],
      ["arrow", "function", false],
      ["asyncArrow", "function", true],
      ["method", "function", false],
      ["asyncMethod", "function", true],
      ["classic", "function", false],
      ["quoted", "variable", false],
    ]);
  });

  const errors: [string, string, { line: number; column: number; message: RegExp }][] = [
    [
      "a syntax error",
      "export default {\n  a: 1,\n  b: (x => \n}",
      { line: 4, column: 1, message: /Unexpected token/ },
    ],
    [
      "a missing comma",
      "export default {\n  a: 1\n  b: 2\n}",
      { line: 3, column: 3, message: /Unexpected token/ },
    ],
    ["no default export", "const a = 1;", { line: 1, column: 1, message: /Only `export default/ }],
    ["an empty source", "", { line: 1, column: 1, message: /Expected `export default/ }],
    ["a non-object export", "export default 42", { line: 1, column: 16, message: /object literal/ }],
    ["a spread member", "export default {\n  ...other\n}", { line: 2, column: 3, message: /plain names/ }],
    [
      "a duplicate member",
      "export default { a: 1, a: 2 }",
      { line: 1, column: 24, message: /Duplicate member "a"/ },
    ],
    ["a getter", "export default { get a() { return 1 } }", { line: 1, column: 18, message: /Getters/ }],
  ];
  it.each(errors)("reports %s with its position", (_name, source, expected) => {
    const parsed = parseJsObject(source);
    expect(isSyntaxError(parsed)).toBe(true);
    if (!isSyntaxError(parsed)) return;
    expect(parsed.message).toMatch(expected.message);
    expect({ line: parsed.line, column: parsed.column }).toEqual({
      line: expected.line,
      column: expected.column,
    });
  });
});

describe("listJsObjectMembers", () => {
  it("summarises members, or gives the error position", () => {
    expect(listJsObjectMembers("export default { n: 1, async load() {} }")).toEqual({
      members: [
        { name: "n", kind: "variable", async: false, params: [] },
        { name: "load", kind: "function", async: true, params: [] },
      ],
    });
    expect(listJsObjectMembers("export default {\n  n: 1,,\n}")).toEqual({
      error: { message: "Unexpected token", line: 2, column: 8 },
    });
  });
});

describe("listJsObjectMembers params", () => {
  it("gives each function's parameters as written", () => {
    const listed = listJsObjectMembers(
      "export default { n: 1, signin: ({ email, password }) => 1, go(page, params = {}) {} }",
    );
    if ("error" in listed) throw new Error(listed.error.message);
    expect(listed.members.map((m) => [m.name, m.params])).toEqual([
      ["n", []],
      ["signin", ["{ email, password }"]],
      ["go", ["page", "params = {}"]],
    ]);
  });
});
