import { describe, expect, it } from "vitest";
import { memoOf } from "./memoOf";

describe("memoOf", () => {
  it("computes once per key and shares the answer", () => {
    let calls = 0;
    const lengthOf = memoOf(10, (text: string) => {
      calls++;
      return { length: text.length };
    });
    expect(lengthOf("abc")).toBe(lengthOf("abc"));
    expect(calls).toBe(1);
    expect(lengthOf("de")).toEqual({ length: 2 });
    expect(calls).toBe(2);
  });

  it("keys by keyOf when the answer depends on more than the first argument", () => {
    const joined = memoOf(
      10,
      (a: string, b: string) => `${a}+${b}`,
      (a, b) => `${a}\0${b}`,
    );
    expect(joined("x", "y")).toBe("x+y");
    expect(joined("x", "z")).toBe("x+z");
  });

  it("forgets everything once full, then keeps anew", () => {
    let calls = 0;
    const same = memoOf(2, (text: string) => {
      calls++;
      return text;
    });
    same("a");
    same("b");
    same("c"); // full: the memo starts over with "c"
    same("c");
    expect(calls).toBe(3);
    same("a");
    expect(calls).toBe(4);
  });
});
