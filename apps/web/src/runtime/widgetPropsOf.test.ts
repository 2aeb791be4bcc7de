import { buttonDefinition, inputDefinition, textDefinition } from "@tessera/widgets";
import { describe, expect, it } from "vitest";
import { widgetPropsOf } from "./widgetPropsOf";

describe("widgetPropsOf", () => {
  it("coerces evaluated values to the declared types", () => {
    expect(
      widgetPropsOf(inputDefinition, { required: "true", maxLength: "8", label: "Email" }),
    ).toMatchObject({
      required: true,
      maxLength: 8,
      label: "Email",
    });
  });

  it("gives props the widget does not set their defaults", () => {
    expect(widgetPropsOf(buttonDefinition, { label: "Login" })).toMatchObject({
      isVisible: true,
      isDisabled: false,
    });
  });

  it("shows a failed prop as empty, not as a default or binding text", () => {
    expect(widgetPropsOf(textDefinition, { text: undefined }, { text: "x is not defined" }).text).toBe("");
    expect(widgetPropsOf(inputDefinition, { maxLength: "lots" }).maxLength).toBe(0);
  });
});
