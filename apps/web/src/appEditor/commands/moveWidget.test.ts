import { describe, expect, it } from "vitest";
import { pageDocFixture, widgetFixture } from "../test/pageDocFixture";
import { moveWidget } from "./moveWidget";

const doc = pageDocFixture([
  widgetFixture({ id: "form", name: "Form1", type: "Form", layout: { x: 0, y: 0, w: 30, h: 40 } }),
  widgetFixture({
    id: "in",
    name: "Input1",
    type: "Input",
    parentId: "form",
    layout: { x: 2, y: 2, w: 20, h: 7 },
  }),
  widgetFixture({ id: "btn", name: "Button1", type: "Button", layout: { x: 40, y: 5, w: 8, h: 4 } }),
]);

describe("moveWidget", () => {
  it("moves a widget to a new grid position", () => {
    const next = moveWidget(doc, { id: "btn", x: 10, y: 50 });
    expect(next.widgets[2].layout).toEqual({ x: 10, y: 50, w: 8, h: 4 });
    expect(doc.widgets[2].layout.x).toBe(40);
  });

  it("clamps to the 64-column grid", () => {
    const next = moveWidget(doc, { id: "btn", x: 100, y: -5 });
    expect(next.widgets[2].layout).toMatchObject({ x: 56, y: 0 });
  });

  it("reparents into a Form and back to the page", () => {
    // The form spans 30 of the page's 64 columns: widths rescale to keep their size on screen.
    const inForm = moveWidget(doc, { id: "btn", x: 2, y: 12, parentId: "form" });
    expect(inForm.widgets[2]).toMatchObject({ parentId: "form", layout: { x: 2, y: 12, w: 17 } });
    const out = moveWidget(inForm, { id: "in", x: 0, y: 60, parentId: null });
    expect(out.widgets[1]).toMatchObject({ parentId: null, layout: { w: 9 } });
  });

  it("drops into one part of a parent (a tab), keeps it on a nudge and drops it on leaving", () => {
    const inTab = moveWidget(doc, { id: "btn", x: 2, y: 12, parentId: "form", slot: "orders" });
    expect(inTab.widgets[2]).toMatchObject({ parentId: "form", slot: "orders" });
    expect(moveWidget(inTab, { id: "btn", x: 4, y: 12 }).widgets[2].slot).toBe("orders");
    const otherTab = moveWidget(inTab, { id: "btn", x: 2, y: 12, parentId: "form", slot: "details" });
    expect(otherTab.widgets[2].slot).toBe("details");
    expect(moveWidget(otherTab, { id: "btn", x: 0, y: 60, parentId: null }).widgets[2]).not.toHaveProperty(
      "slot",
    );
  });

  it("refuses to move a container into its own child", () => {
    const withChildContainer = pageDocFixture([
      ...doc.widgets,
      widgetFixture({ id: "box", name: "Container1", type: "Container", parentId: "form" }),
    ]);
    expect(moveWidget(withChildContainer, { id: "form", x: 0, y: 0, parentId: "box" })).toBe(
      withChildContainer,
    );
  });

  it("returns the same doc when nothing changes", () => {
    expect(moveWidget(doc, { id: "btn", x: 40, y: 5 })).toBe(doc);
  });
});
