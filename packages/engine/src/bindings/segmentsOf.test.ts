import { describe, expect, it } from "vitest";
import { parseSegments } from "./parseSegments";
import { segmentsOf } from "./segmentsOf";

describe("segmentsOf", () => {
  it("parses as parseSegments does, once per text", () => {
    const text = "Hi {{user.name}}, {{count + 1}} left";
    expect(segmentsOf(text)).toEqual(parseSegments(text));
    expect(segmentsOf(text)).toBe(segmentsOf(text));
  });

  it("keeps texts apart, text without bindings too", () => {
    expect(segmentsOf("{{a}}")).not.toBe(segmentsOf("{{b}}"));
    expect(segmentsOf("plain")).toEqual([{ kind: "text", text: "plain" }]);
  });
});
