import { describe, expect, it } from "vitest";
import { widgetPropsOf } from "../widgetPropsOf";
import { dividerDefinition } from "./dividerDefinition";

describe("dividerDefinition", () => {
  it("types orientation as an enum and color as a CSS color", () => {
    expect(
      widgetPropsOf(dividerDefinition, { orientation: "vertical", color: "red", thickness: "3" }),
    ).toEqual({
      orientation: "vertical",
      color: "red",
      thickness: 3,
      isVisible: true,
    });
    expect(widgetPropsOf(dividerDefinition, { orientation: "diagonal" }).orientation).toBe("horizontal");
  });

  it("has no events and no meta", () => {
    expect(dividerDefinition.events).toEqual([]);
    expect(dividerDefinition.meta).toEqual({});
  });
});
