import { describe, expect, it } from "vitest";
import { pageDocFixture, widgetFixture } from "../test/pageDocFixture";
import { deleteWidgets } from "./deleteWidgets";

// The grandchild comes first to check that order in the array does not matter.
const doc = pageDocFixture([
  widgetFixture({ id: "grand", name: "Text2", parentId: "box" }),
  widgetFixture({ id: "form", name: "Form1", type: "Form" }),
  widgetFixture({ id: "box", name: "Container1", type: "Container", parentId: "form" }),
  widgetFixture({ id: "other", name: "Text1" }),
]);

describe("deleteWidgets", () => {
  it("deletes the widget with its children and grandchildren", () => {
    expect(deleteWidgets(doc, { ids: ["form"] }).widgets.map((w) => w.id)).toEqual(["other"]);
  });

  it("deletes several widgets at once", () => {
    expect(deleteWidgets(doc, { ids: ["grand", "other"] }).widgets.map((w) => w.id)).toEqual(["form", "box"]);
  });

  it("returns the same doc when nothing is deleted", () => {
    expect(deleteWidgets(doc, { ids: [] })).toBe(doc);
    expect(deleteWidgets(doc, { ids: ["nope"] })).toBe(doc);
  });
});
