import { EVENT_PROP_NAME, type Widget } from "@tessera/model";
import { describe, expect, it } from "vitest";
import { engineWidgets, engineWidgetsOf, widgetDefinitionList } from "./definitions";
import { defineWidget } from "./WidgetDefinition";
import { getWidgetDefinition, loadWidgets, widgetTypes } from "./widgetRegistry";

const widget = (type: string, props: Record<string, unknown>, version?: number): Widget => ({
  id: "w1",
  name: `${type}1`,
  type,
  parentId: null,
  layout: { x: 0, y: 0, w: 4, h: 4 },
  props,
  ...(version ? { version } : {}),
});

describe("the widget definitions entry", () => {
  it("lists the definitions the registry loads, in palette order", async () => {
    await loadWidgets();
    expect(widgetDefinitionList.map((definition) => definition.type)).toEqual(widgetTypes);
    for (const definition of widgetDefinitionList)
      expect(getWidgetDefinition(definition.type), definition.type).toBe(definition);
  });

  it("names every event, and no value prop, as EVENT_PROP_NAME says", () => {
    for (const definition of widgetDefinitionList) {
      for (const event of definition.events) expect(event, definition.type).toMatch(EVENT_PROP_NAME);
      for (const prop of Object.keys(definition.props))
        expect(prop, definition.type).not.toMatch(EVENT_PROP_NAME);
    }
  });

  it("gives a Table's computed columns to the engine as one binding over its data", () => {
    const columns = JSON.stringify([{ key: "total", computedValue: "{{currentRow.qty * 2}}" }]);
    const props = engineWidgets.engineProps(widget("Table", { tableData: "{{getOrders.data}}", columns }));
    expect(props.columns).toEqual([{ key: "total", computedValue: "{{currentRow.qty * 2}}" }]);
    expect(props.computedValues).toBe(
      '{{ ({"total": Table1.tableData.map((currentRow, currentIndex) => ((currentRow.qty * 2)))}) }}',
    );
  });

  it("migrates a stored widget before deriving its props", () => {
    const gauge = defineWidget({
      type: "Gauge",
      label: "Gauge",
      icon: "G",
      defaultSize: { w: 4, h: 4 },
      props: { value: { type: "text", default: "" } },
      meta: {},
      events: [],
      pane: [],
      version: 2,
      migrate: ({ amount, ...rest }) => ({ ...rest, value: amount }),
      derivedProps: (name, props) => ({ label: `${name}: ${String(props.value)}` }),
    });
    const props = engineWidgetsOf([gauge]).engineProps(widget("Gauge", { amount: "{{Input1.text}}" }));
    expect(props).toEqual({ value: "{{Input1.text}}", label: "Gauge1: {{Input1.text}}" });
  });

  it("keeps the props of a type it does not know", () => {
    const props = { anything: "{{Input1.text}}" };
    expect(engineWidgets.engineProps(widget("Sparkline", props))).toBe(props);
  });
});
