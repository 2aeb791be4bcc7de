import { describe, expect, it } from "vitest";
import { pageDocFixture, widgetFixture } from "../test/pageDocFixture";
import { resizeWidget } from "./resizeWidget";

const doc = pageDocFixture([widgetFixture({ id: "a", name: "Text1", layout: { x: 50, y: 3, w: 10, h: 4 } })]);

describe("resizeWidget", () => {
  it("changes the size", () => {
    expect(resizeWidget(doc, { id: "a", w: 12, h: 6 }).widgets[0].layout).toEqual({
      x: 50,
      y: 3,
      w: 12,
      h: 6,
    });
  });

  it("cuts a width that overflows the right edge and keeps at least one cell", () => {
    expect(resizeWidget(doc, { id: "a", w: 30, h: 0 }).widgets[0].layout).toEqual({
      x: 50,
      y: 3,
      w: 14,
      h: 1,
    });
  });

  it("moves the left edge for a left handle", () => {
    expect(resizeWidget(doc, { id: "a", x: 45, w: 15, h: 4 }).widgets[0].layout).toEqual({
      x: 45,
      y: 3,
      w: 15,
      h: 4,
    });
  });

  it("ignores an unknown widget", () => {
    expect(resizeWidget(doc, { id: "zz", w: 3, h: 3 })).toBe(doc);
  });
});
