import { describe, expect, it } from "vitest";
import { parsingCodeSource } from "../compile/parsingCodeSource";
import { compileExpression, compileExpressions } from "./compileExpression";

describe("compileExpression", () => {
  it("compiles once per expression text and lists the names it needs", () => {
    const first = compileExpression("Input1.text + suffix", parsingCodeSource);
    expect(compileExpression("Input1.text + suffix", parsingCodeSource)).toBe(first);
    expect(first.names).toEqual(["Input1", "suffix"]);
    expect(first.run?.(undefined, [{ text: "a" }, "!"])).toBe("a!");
  });

  it("pins a strict-mode error on its own expression when compiling a batch", () => {
    compileExpressions(["1 + 1", "(function (a, a) { return a })(1, 2)", "2 * 3"], parsingCodeSource);
    expect(compileExpression("1 + 1", parsingCodeSource).run?.(undefined, [])).toBe(2);
    expect(compileExpression("2 * 3", parsingCodeSource).run?.(undefined, [])).toBe(6);
    const broken = compileExpression("(function (a, a) { return a })(1, 2)", parsingCodeSource);
    expect(broken.run).toBeUndefined();
    expect(broken.error).toMatch(/^SyntaxError: Duplicate parameter name/);
  });

  it("refuses eval and arguments", () => {
    expect(compileExpression("eval('1')", parsingCodeSource).error).toBe("eval is not available in bindings");
  });
});
