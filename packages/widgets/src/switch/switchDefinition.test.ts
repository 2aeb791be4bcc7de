import { describe, expect, it } from "vitest";
import { initialMetaOf } from "../defaultPropsOf";
import { widgetTypeSpecOf } from "../widgetTypeSpecs";
import { switchDefinition } from "./switchDefinition";

describe("switchDefinition", () => {
  it("starts on or off from defaultIsOn, read as a boolean", () => {
    expect(initialMetaOf(switchDefinition, { defaultIsOn: "true" })).toEqual({ isOn: true });
    expect(initialMetaOf(switchDefinition, {})).toEqual({ isOn: false });
  });

  it("runs onChange and types its props for the engine", () => {
    expect(widgetTypeSpecOf(switchDefinition)).toMatchObject({
      props: { defaultIsOn: "boolean", isDisabled: "boolean" },
      meta: { isOn: false },
      events: ["onChange"],
    });
  });
});
