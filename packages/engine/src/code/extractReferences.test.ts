import { describe, expect, it } from "vitest";
import { extractReferences } from "./extractReferences";
import { isSyntaxError, parseExpression, parseHandler } from "./parseCode";

function refs(code: string, handler = false) {
  const parsed = handler ? parseHandler(code) : parseExpression(code);
  if (isSyntaxError(parsed)) throw new Error(parsed.message);
  const { paths, names } = extractReferences(parsed.node);
  return { paths: [...paths].sort(), names: [...names].sort() };
}

describe("extractReferences", () => {
  const cases: [string, string[]][] = [
    ["Table9.data[appsmith.store.row]", ["Table9.data", "appsmith.store.row"]],
    ["Input1.text", ["Input1.text"]],
    ['Query1.data["items"][0].name', ["Query1.data.items.0.name"]],
    ["Math.max(Input1.value, JSON.parse(Text1.text).n)", ["Input1.value", "Text1.text"]],
    ["Query1.data.map((row) => row.name + suffix)", ["Query1.data.map", "suffix"]],
    ["Query1.data.map(function (row, i) { const x = row; return x + i; })", ["Query1.data.map"]],
    ["[1, 2].map(({ a, b: [c] }) => a + c + d)", ["d"]],
    ["(() => { try { return 1 } catch (e) { return e.message } })()", []],
    ["(() => { for (let i = 0; i < 3; i++) { var v = i } return v })()", []],
    ["{ a: Input1.text, b }", ["Input1.text", "b"]],
    ["Promise.resolve(1).then(() => Date.now())", []],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the code under test is a template literal
    ["`${Input1.text} and ${Input2.text}`", ["Input1.text", "Input2.text"]],
    ["Input1", ["Input1"]],
    ["Query1.data[Input1.selectedIndex].id", ["Input1.selectedIndex", "Query1.data"]],
  ];
  it.each(cases)("%s reads %j", (code, expected) => {
    expect(refs(code).paths).toEqual([...expected].sort());
  });

  it("names the entities a handler needs, not its locals", () => {
    const result = refs(
      "const email = Input1.text; await Login1.signin({ email }); storeValue('a', 1)",
      true,
    );
    expect(result.names).toEqual(["Input1", "Login1", "storeValue"]);
  });

  it("keeps `this` paths of an entity's own method", () => {
    expect(refs("function f() { return this.count + this.items.length }").paths).toEqual([
      "this.count",
      "this.items.length",
    ]);
  });
});

describe("extractReferences calls", () => {
  it("lists the paths that are called, not those only read", () => {
    const parsed = parseHandler("Login1.signin({ email: Input1.text }).then(() => showAlert(Api1.data.msg))");
    if (isSyntaxError(parsed)) throw new Error(parsed.message);
    expect(extractReferences(parsed.node).calls.sort()).toEqual(["Login1.signin", "showAlert"]);
  });

  it("does not take a computed access for a call of the path before it", () => {
    const parsed = parseExpression("Api1.data[Input1.text]()");
    if (isSyntaxError(parsed)) throw new Error(parsed.message);
    expect(extractReferences(parsed.node).calls).toEqual([]);
  });
});
