import { describe, expect, it } from "vitest";
import { pageDocFixture, widgetFixture } from "../test/pageDocFixture";
import { columnsInParent } from "./columnsInParent";

const doc = pageDocFixture([
  widgetFixture({ id: "form", name: "Form1", type: "Form", layout: { x: 0, y: 0, w: 32, h: 40 } }),
  widgetFixture({
    id: "box",
    name: "Container1",
    type: "Container",
    parentId: "form",
    layout: { x: 0, y: 0, w: 32, h: 20 },
  }),
]);

describe("columnsInParent", () => {
  it("keeps page columns on the page and scales them inside containers", () => {
    expect(columnsInParent(doc, null, 20)).toBe(20);
    expect(columnsInParent(doc, "form", 20)).toBe(40);
    expect(columnsInParent(doc, "box", 20)).toBe(64);
    expect(columnsInParent(doc, "box", 4)).toBe(16);
  });
});
