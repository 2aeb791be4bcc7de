import { describe, expect, it } from "vitest";
import { pageDocFixture, widgetFixture } from "../test/pageDocFixture";
import { nudgeWidgets } from "./nudgeWidgets";

const doc = pageDocFixture([
  widgetFixture({ id: "in", name: "Input1", type: "Input", layout: { x: 2, y: 2, w: 20, h: 7 } }),
  widgetFixture({ id: "btn", name: "Button1", type: "Button", layout: { x: 56, y: 5, w: 8, h: 4 } }),
]);

describe("nudgeWidgets", () => {
  it("nudges every selected widget by one cell", () => {
    const next = nudgeWidgets(doc, { ids: ["in", "btn"], dx: -1, dy: 1 });
    expect(next.widgets[0].layout).toMatchObject({ x: 1, y: 3 });
    expect(next.widgets[1].layout).toMatchObject({ x: 55, y: 6 });
  });

  it("stops at the grid's edge", () => {
    const next = nudgeWidgets(doc, { ids: ["in", "btn"], dx: 1, dy: -3 });
    expect(next.widgets[1].layout).toMatchObject({ x: 56, y: 2 });
  });
});
