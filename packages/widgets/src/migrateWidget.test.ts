import type { Widget } from "@tessera/model";
import { describe, expect, it } from "vitest";
import { migrateWidget, migrateWidgets } from "./migrateWidget";
import { defineWidget } from "./WidgetDefinition";

// A Badge whose v1 stored `color` as text and a `big` flag; v2 says `tone`, v3 `size`.
const badgeDefinition = defineWidget({
  type: "Badge",
  label: "Badge",
  icon: "B",
  defaultSize: { w: 4, h: 4 },
  props: {
    tone: { type: { enum: ["neutral", "danger"] }, default: "neutral" },
    size: { type: { enum: ["small", "large"] }, default: "small" },
  },
  meta: {},
  events: [],
  pane: [],
  version: 3,
  migrate(props, fromVersion) {
    if (fromVersion === 1) {
      const { color, ...rest } = props;
      return { ...rest, tone: color === "red" ? "danger" : "neutral" };
    }
    const { big, ...rest } = props;
    return { ...rest, size: big === true ? "large" : "small" };
  },
});
const definitionOf = (type: string) => (type === "Badge" ? badgeDefinition : undefined);

const widget = (props: Record<string, unknown>, version?: number): Widget => ({
  id: "w1",
  name: "Badge1",
  type: "Badge",
  parentId: null,
  layout: { x: 0, y: 0, w: 4, h: 4 },
  props,
  ...(version ? { version } : {}),
});

describe("migrateWidget", () => {
  it("runs every step from a widget stored without a version (version 1)", () => {
    expect(migrateWidget(widget({ color: "red", big: true }), definitionOf)).toEqual(
      widget({ tone: "danger", size: "large" }, 3),
    );
  });

  it("runs only the steps after the stored version", () => {
    expect(migrateWidget(widget({ tone: "danger", big: false }, 2), definitionOf).props).toEqual({
      tone: "danger",
      size: "small",
    });
  });

  it("returns a current widget, and one of an unknown type, as they are", () => {
    const current = widget({ tone: "neutral", size: "small" }, 3);
    expect(migrateWidget(current, definitionOf)).toBe(current);
    const unknown = { ...widget({ anything: 1 }), type: "Gauge" };
    expect(migrateWidget(unknown, definitionOf)).toBe(unknown);
  });

  it("returns the same list when no widget needed a change", () => {
    const widgets = [widget({ tone: "neutral", size: "small" }, 3)];
    expect(migrateWidgets(widgets, definitionOf)).toBe(widgets);
    expect(migrateWidgets([widget({ color: "red" })], definitionOf)[0].props).toEqual({
      tone: "danger",
      size: "small",
    });
  });
});
