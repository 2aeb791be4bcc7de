import { describe, expect, it } from "vitest";
import { jsModuleDiagnostics, jsModuleFunctionNames } from "./jsModuleDiagnostics";

describe("jsModuleDiagnostics", () => {
  it("accepts a plain export default object", () => {
    expect(jsModuleDiagnostics("export default {\n  signin: async () => 1,\n}\n")).toEqual([]);
  });

  it("places a syntax error at its line and column", () => {
    const [marker] = jsModuleDiagnostics("export default {\n  a: (,\n}");
    expect(marker).toMatchObject({ severity: "error", startLine: 2, startColumn: 7 });
    expect(marker.message).toMatch(/Unexpected token/);
  });

  it("refuses statements besides the default export", () => {
    const markers = jsModuleDiagnostics("const x = 1;\nexport default {}");
    expect(markers).toHaveLength(1);
    expect(markers[0]).toMatchObject({
      startLine: 1,
      message: expect.stringContaining("Only `export default"),
    });
  });

  it("asks for an object literal and flags duplicate members", () => {
    expect(jsModuleDiagnostics("export default 42")[0].message).toContain("object literal");
    expect(jsModuleDiagnostics("export default { a: 1, a: 2 }")[0]).toMatchObject({
      message: 'Duplicate member "a"',
      startColumn: 24,
    });
  });
});

describe("jsModuleFunctionNames", () => {
  it("lists functions, not variables", () => {
    expect(
      jsModuleFunctionNames("export default { n: 1, a() {}, b: () => 2, c: async function () {} }"),
    ).toEqual(["a", "b", "c"]);
    expect(jsModuleFunctionNames("export default {")).toEqual([]);
  });
});
