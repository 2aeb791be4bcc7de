import { describe, expect, it } from "vitest";
import { pageDocFixture, widgetFixture } from "../test/pageDocFixture";
import { resizeWidgetsBy } from "./resizeWidgetsBy";

describe("resizeWidgetsBy", () => {
  it("grows and shrinks every selected widget within the grid", () => {
    const doc = pageDocFixture([
      widgetFixture({ id: "a", name: "Text1", layout: { x: 0, y: 0, w: 10, h: 1 } }),
      widgetFixture({ id: "b", name: "Text2", layout: { x: 60, y: 0, w: 4, h: 4 } }),
    ]);
    const next = resizeWidgetsBy(doc, { ids: ["a", "b"], dw: 1, dh: -1 });
    expect(next.widgets.map((w) => [w.layout.w, w.layout.h])).toEqual([
      [11, 1],
      [4, 3],
    ]);
  });
});
