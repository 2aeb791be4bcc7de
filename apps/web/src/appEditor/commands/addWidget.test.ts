import { describe, expect, it } from "vitest";
import { pageDocFixture, widgetFixture } from "../test/pageDocFixture";
import { addWidget } from "./addWidget";

const inputDefaults = { w: 20, h: 7, props: { label: "Label", text: "" } };

describe("addWidget", () => {
  it("names widgets after their type with the first free number", () => {
    let doc = pageDocFixture();
    doc = addWidget(doc, { id: "a", type: "Text", x: 0, y: 0, defaults: { w: 10, h: 4, props: {} } });
    doc = addWidget(doc, { id: "b", type: "Input", x: 0, y: 5, defaults: inputDefaults });
    doc = addWidget(doc, { id: "c", type: "Input", x: 0, y: 12, defaults: inputDefaults });
    doc = addWidget(doc, { id: "d", type: "Button", x: 0, y: 20, defaults: { w: 8, h: 4, props: {} } });
    expect(doc.widgets.map((w) => w.name)).toEqual(["Text1", "Input1", "Input2", "Button1"]);
  });

  it("takes its size and props from the definition defaults without sharing them", () => {
    const doc = addWidget(pageDocFixture(), { id: "a", type: "Input", x: 3, y: 4, defaults: inputDefaults });
    expect(doc.widgets[0].layout).toEqual({ x: 3, y: 4, w: 20, h: 7 });
    expect(doc.widgets[0].props).toEqual({ label: "Label", text: "" });
    expect(doc.widgets[0].props).not.toBe(inputDefaults.props);
  });

  it("clamps the drop position so the widget fits the 64 columns", () => {
    const doc = addWidget(pageDocFixture(), {
      id: "a",
      type: "Input",
      x: 60,
      y: -3,
      defaults: inputDefaults,
    });
    expect(doc.widgets[0].layout).toMatchObject({ x: 44, y: 0 });
  });

  it("does not reuse a name taken by another kind of entity", () => {
    const base = { ...pageDocFixture([widgetFixture({ id: "t", name: "Text1" })]) };
    const doc = addWidget(base, { id: "a", type: "Text", x: 0, y: 0, defaults: { w: 4, h: 4, props: {} } });
    expect(doc.widgets[1].name).toBe("Text2");
    expect(base.widgets).toHaveLength(1);
  });

  it("falls back to the page when the parent does not exist", () => {
    const doc = addWidget(pageDocFixture(), {
      id: "a",
      type: "Text",
      x: 0,
      y: 0,
      parentId: "ghost",
      defaults: { w: 4, h: 4, props: {} },
    });
    expect(doc.widgets[0].parentId).toBeNull();
  });
});
