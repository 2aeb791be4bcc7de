import { describe, expect, it } from "vitest";
import { isSyntaxError, parseHandler } from "../code/parseCode";
import { TICK, TimeoutError, tick, withBudget } from "./budget";
import { instrumentCode } from "./instrumentCode";

function instrument(code: string): string {
  const parsed = parseHandler(code);
  if (isSyntaxError(parsed)) throw new Error(parsed.message);
  return instrumentCode(parsed.source, parsed.node, () => "fn");
}

const check = `${TICK}("fn");`;

describe("instrumentCode", () => {
  const cases: [string, string][] = [
    ["a + b", "a + b"],
    ["while (x) y()", `while (x) {${check}y()}`],
    ["for (;;) { go() }", `for (;;) {${check} go() }`],
    ["do { n++ } while (n < 3)", `do {${check} n++ } while (n < 3)`],
    ["for (const k of ks) use(k)", `for (const k of ks) {${check}use(k)}`],
    ["(x) => x + 1", `(x) => (${TICK}("fn"), x + 1)`],
    ["() => ({ a: 1 })", `() => ((${TICK}("fn"), { a: 1 }))`],
    ["function f() { return 1 }", `function f() {${check} return 1 }`],
    ["try { a() } catch (e) { b() }", `try { a() } catch (e) {${check} b() }`],
  ];
  it.each(cases)("guards %s", (code, expected) => {
    expect(instrument(code)).toBe(expected);
  });

  it("makes an endless loop throw a TimeoutError naming it, even through a catch", () => {
    const body = instrument("let n = 0; while (true) { try { n++ } catch (e) {} }");
    const run = new Function(TICK, body) as (t: typeof tick) => void;
    let thrown: unknown;
    try {
      withBudget(30, "outer", () => run(tick));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TimeoutError);
    expect((thrown as Error).message).toBe("fn ran longer than 30 ms and was stopped");
  });
});
