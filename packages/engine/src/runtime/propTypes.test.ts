import { describe, expect, it } from "vitest";
import { createTestHost, createTestPage } from "../test/createTestPage";
import { createRuntime } from "./parsingRuntime";
import type { RuntimeWidget, WidgetTypeSpec } from "./types";

// Select's options as the widgets package declares them; the pane's help invites JSON text.
const widgetTypes: Record<string, WidgetTypeSpec> = {
  Select: {
    props: { options: "options", defaultValue: "text" },
    meta: { selectedOptionValue: "" },
    metaFromProps: { selectedOptionValue: "defaultValue" },
    events: [],
  },
};
const optionsJson = '[{"label":"A","value":"a"}]';

function valuesOf(widgets: RuntimeWidget[]) {
  const runtime = createRuntime(createTestPage({ widgets, widgetTypes }), createTestHost().host);
  return runtime.getState();
}

describe("prop types in the engine", () => {
  it("reads a Select's static options given as JSON text", () => {
    const state = valuesOf([{ name: "Select1", type: "Select", props: { options: optionsJson } }]);
    expect(state.errors).toEqual({});
    expect(state.values.Select1.options).toEqual([{ label: "A", value: "a" }]);
  });

  it("reads a Select's bound options that evaluate to JSON text", () => {
    const state = valuesOf([
      { name: "Select1", type: "Select", props: { options: `{{${JSON.stringify(optionsJson)}}}` } },
    ]);
    expect(state.errors).toEqual({});
    expect(state.values.Select1.options).toEqual([{ label: "A", value: "a" }]);
  });

  it("names the item of options that has no value", () => {
    const state = valuesOf([{ name: "Select1", type: "Select", props: { options: '[{"label":"A"}]' } }]);
    expect(state.errors["Select1.options"]).toBe(
      "This value does not evaluate to an array of { label, value }: item 0 has no value",
    );
  });
});
