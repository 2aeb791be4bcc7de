import { describe, expect, it } from "vitest";
import { initialMetaOf } from "../defaultPropsOf";
import { widgetTypeSpecOf } from "../widgetTypeSpecs";
import { selectedTabOf } from "./selectedTabOf";
import { tabsDefinition } from "./tabsDefinition";

const tabs = [
  { label: "Details", value: "details" },
  { label: "Orders", value: "orders" },
];

describe("selectedTabOf", () => {
  it("finds a tab by value, then by label", () => {
    expect(selectedTabOf(tabs, "orders")).toBe("orders");
    expect(selectedTabOf(tabs, "Orders")).toBe("orders");
  });

  it("falls back to the first tab, and to nothing without tabs", () => {
    expect(selectedTabOf(tabs, "gone")).toBe("details");
    expect(selectedTabOf([], "details")).toBe("");
  });
});

describe("tabsDefinition", () => {
  it("starts on the default tab, by value or label", () => {
    expect(initialMetaOf(tabsDefinition, { tabs, defaultTab: "Orders" })).toEqual({
      selectedTab: "orders",
      selectedTabLabel: "Orders",
    });
  });

  it("reads its tabs from JSON text, as the property pane gives them", () => {
    expect(initialMetaOf(tabsDefinition, { tabs: JSON.stringify(tabs), defaultTab: "" })).toEqual({
      selectedTab: "details",
      selectedTabLabel: "Details",
    });
  });

  it("is a container the engine knows by its tabs and event", () => {
    expect(tabsDefinition.isContainer).toBe(true);
    expect(widgetTypeSpecOf(tabsDefinition)).toMatchObject({
      props: { tabs: "options", defaultTab: "text" },
      metaFromProps: { selectedTab: "defaultTab" },
      events: ["onTabSelected"],
    });
  });
});
