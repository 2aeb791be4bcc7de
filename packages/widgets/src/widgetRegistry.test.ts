import { coerceProp } from "@tessera/model";
import { describe, expect, it } from "vitest";
import { defaultPropsOf, initialMetaOf } from "./defaultPropsOf";
import {
  getWidgetDefinition,
  getWidgetRenderer,
  loadWidgets,
  prepareWidgets,
  widgetDefinitions,
  widgetTypes,
} from "./widgetRegistry";
import { widgetTypeSpecs } from "./widgetTypeSpecs";

// Collected cases need every definition at import time.
await loadWidgets();

describe("widget definitions", () => {
  it("loads every type of the list", () => {
    expect(widgetDefinitions().map((definition) => definition.type)).toEqual(widgetTypes);
  });

  it.each(widgetDefinitions().map((definition) => [definition.type, definition] as const))(
    "%s: every default has its declared type",
    (_type, definition) => {
      for (const [prop, spec] of [...Object.entries(definition.props), ...Object.entries(definition.meta)]) {
        const coerced = coerceProp(spec.type, spec.default);
        expect(coerced, `${definition.type}.${prop}`).toEqual({ value: spec.default });
      }
    },
  );

  it.each(widgetDefinitions().map((definition) => [definition.type, definition] as const))(
    "%s: the property pane names only props and events it has",
    (_type, definition) => {
      for (const section of definition.pane) {
        for (const field of section.fields) {
          if (field.control === "event") expect(definition.events).toContain(field.prop);
          else expect(Object.keys(definition.props)).toContain(field.prop);
          if (field.control === "select") expect(field.options?.length).toBeGreaterThan(0);
        }
      }
    },
  );

  it.each(widgetDefinitions().map((definition) => [definition.type, definition] as const))(
    "%s: has a renderer and a default size inside the grid",
    (type, definition) => {
      expect(getWidgetRenderer(type)).toBeTypeOf("function");
      expect(definition.defaultSize.w).toBeGreaterThanOrEqual(1);
      expect(definition.defaultSize.w).toBeLessThanOrEqual(64);
      expect(definition.defaultSize.h).toBeGreaterThanOrEqual(1);
    },
  );

  it("runs each loaded type's one-off preparation once", () => {
    expect(prepareWidgets(["Text", "Gauge"])).toBe(false);
    expect(prepareWidgets(["Table", "Text", "Table"])).toBe(true);
    expect(prepareWidgets(["Table"])).toBe(false);
  });

  it("has one definition per type", () => {
    const types = widgetDefinitions().map((definition) => definition.type);
    expect(new Set(types).size).toBe(types.length);
  });

  it("returns undefined for an unknown type", () => {
    expect(getWidgetDefinition("Gauge")).toBeUndefined();
    expect(getWidgetRenderer("toString")).toBeUndefined();
  });

  it("gives a dropped widget its defaults and empty events", () => {
    const props = defaultPropsOf(getWidgetDefinition("Button")!);
    expect(props).toMatchObject({ label: "Submit", isDisabled: false, onClick: "" });
  });

  it("starts an Input with its default text and derives isValid from the rules", () => {
    const input = getWidgetDefinition("Input")!;
    expect(initialMetaOf(input, { defaultText: "hi", required: true })).toEqual({
      text: "hi",
      isValid: true,
    });
    expect(initialMetaOf(input, { defaultText: "", required: true })).toEqual({ text: "", isValid: false });
  });

  it("starts a Checkbox and a Select from their defaults", () => {
    expect(initialMetaOf(getWidgetDefinition("Checkbox")!, { defaultChecked: true })).toEqual({
      isChecked: true,
    });
    const options = [{ label: "Red", value: "R" }];
    expect(initialMetaOf(getWidgetDefinition("Select")!, { defaultValue: "R", options })).toEqual({
      selectedOptionValue: "R",
      selectedOptionLabel: "Red",
    });
  });

  it("describes each type to the engine as plain data", () => {
    const input = widgetTypeSpecs().Input;
    expect(input).toEqual({
      props: expect.objectContaining({
        defaultText: "text",
        required: "boolean",
        maxLength: "number",
        inputType: { enum: ["text", "email", "password", "number"] },
      }),
      meta: { text: "", isValid: true },
      metaFromProps: { text: "defaultText" },
      events: ["onTextChanged", "onSubmit"],
    });
    expect(JSON.parse(JSON.stringify(widgetTypeSpecs()))).toEqual(widgetTypeSpecs());
  });
});
