import { describe, expect, it } from "vitest";
import { parsingCodeSource } from "./parsingCodeSource";

const source = 'export default { greet: (name) => "Hi " + name, count: 1 }';

describe("parsingCodeSource", () => {
  it("analyses a JS object once per name and text", () => {
    const first = parsingCodeSource.jsObject("Greeter", source);
    expect(parsingCodeSource.jsObject("Greeter", source)).toBe(first);
    expect(first).toMatchObject({ functions: [{ name: "greet" }], variables: [{ name: "count" }] });
  });

  it("analyses the same text under another name anew: deadline checks name their member", () => {
    const greeter = parsingCodeSource.jsObject("Greeter", source);
    const other = parsingCodeSource.jsObject("Other", source);
    expect(other).not.toBe(greeter);
    expect(JSON.stringify(other)).toContain("Other.greet");
    expect(JSON.stringify(greeter)).not.toContain("Other.greet");
  });

  it("gives a syntax error as an error, also the second time", () => {
    const broken = "export default { greet: ( }";
    expect(parsingCodeSource.jsObject("Broken", broken)).toHaveProperty("error");
    expect(parsingCodeSource.jsObject("Broken", broken)).toHaveProperty("error");
  });
});
