import { describe, expect, it } from "vitest";
import { initialMetaOf } from "../defaultPropsOf";
import { widgetPropsOf } from "../widgetPropsOf";
import { radioGroupDefinition } from "./radioGroupDefinition";

describe("radioGroupDefinition", () => {
  it("reads options given as JSON text and starts from the default value", () => {
    const options = '[{"label":"Small","value":"S"},{"label":"Large","value":"L"}]';
    expect(widgetPropsOf(radioGroupDefinition, { options }).options).toEqual([
      { label: "Small", value: "S" },
      { label: "Large", value: "L" },
    ]);
    expect(initialMetaOf(radioGroupDefinition, { options, defaultOptionValue: "L" })).toEqual({
      selectedOptionValue: "L",
    });
  });

  it("names onSelectionChange as its event", () => {
    expect(radioGroupDefinition.events).toEqual(["onSelectionChange"]);
  });
});
