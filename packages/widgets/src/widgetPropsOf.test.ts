import { describe, expect, it } from "vitest";
import { buttonDefinition } from "./button";
import { initialMetaOf } from "./defaultPropsOf";
import { inputDefinition } from "./input";
import { selectDefinition } from "./select";
import { textDefinition } from "./text";
import { widgetMetaOf, widgetPropsOf } from "./widgetPropsOf";

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

  it("reads a Select's options given as JSON text, static or evaluated", () => {
    const options = '[{"label":"A","value":"a"}]';
    expect(widgetPropsOf(selectDefinition, { options }).options).toEqual([{ label: "A", value: "a" }]);
    expect(initialMetaOf(selectDefinition, { options, defaultValue: "a" })).toEqual({
      selectedOptionValue: "a",
      selectedOptionLabel: "A",
    });
  });

  it("types meta values, with defaults for the unset ones", () => {
    expect(widgetMetaOf(inputDefinition, { text: 42 })).toEqual({ text: "42", isValid: true });
  });
});
