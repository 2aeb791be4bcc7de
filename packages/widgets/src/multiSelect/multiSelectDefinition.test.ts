import { describe, expect, it } from "vitest";
import { initialMetaOf } from "../defaultPropsOf";
import { multiSelectDefinition } from "./multiSelectDefinition";

describe("multiSelectDefinition", () => {
  it("starts from the default values (JSON text too) and derives their labels", () => {
    expect(initialMetaOf(multiSelectDefinition, { defaultOptionValues: '["RED","BLUE"]' })).toEqual({
      selectedOptionValues: ["RED", "BLUE"],
      selectedOptionLabels: ["Red", "Blue"],
    });
  });

  it("drops labels of values that are not options", () => {
    const derived = multiSelectDefinition.deriveMeta?.(
      { ...initialMetaOf(multiSelectDefinition, {}), options: [{ label: "A", value: "a" }] } as never,
      { selectedOptionValues: ["a", "zzz"], selectedOptionLabels: [] },
    );
    expect(derived).toEqual({ selectedOptionLabels: ["A"] });
  });
});
