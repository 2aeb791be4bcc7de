import { describe, expect, it } from "vitest";
import { idSequence, pageDocFixture, widgetFixture } from "../test/pageDocFixture";
import { copyWidgets } from "./copyWidgets";
import { pasteWidgets } from "./pasteWidgets";

const doc = pageDocFixture([
  widgetFixture({ id: "form", name: "Form1", type: "Form", layout: { x: 0, y: 0, w: 30, h: 30 } }),
  widgetFixture({
    id: "in1",
    name: "Input1",
    type: "Input",
    parentId: "form",
    layout: { x: 1, y: 1, w: 20, h: 7 },
  }),
  widgetFixture({ id: "in2", name: "Input2", type: "Input", layout: { x: 40, y: 40, w: 20, h: 7 } }),
]);

describe("pasteWidgets", () => {
  it("pastes with new ids and names, shifted down", () => {
    const clipboard = copyWidgets(doc, { ids: ["in2"] });
    const { doc: next, rootIds } = pasteWidgets(doc, {
      widgets: clipboard,
      newId: idSequence(),
      offsetRows: 3,
    });
    expect(next.widgets).toHaveLength(4);
    expect(next.widgets[3]).toMatchObject({
      id: "n1",
      name: "Input3",
      parentId: null,
      layout: { x: 40, y: 43 },
    });
    expect(rootIds).toEqual(["n1"]);
  });

  it("copies a container with its children and keeps the children inside the copy", () => {
    const clipboard = copyWidgets(doc, { ids: ["form"] });
    const { doc: next, rootIds } = pasteWidgets(doc, { widgets: clipboard, newId: idSequence() });
    const [copyForm, copyInput] = next.widgets.slice(3);
    expect(copyForm).toMatchObject({ id: "n1", name: "Form2", parentId: null, layout: { y: 2 } });
    expect(copyInput).toMatchObject({ id: "n2", name: "Input3", parentId: "n1", layout: { x: 1, y: 1 } });
    expect(rootIds).toEqual(["n1"]);
  });

  it("pastes twice without name clashes", () => {
    const clipboard = copyWidgets(doc, { ids: ["in2"] });
    const newId = idSequence();
    const once = pasteWidgets(doc, { widgets: clipboard, newId }).doc;
    const twice = pasteWidgets(once, { widgets: clipboard, newId }).doc;
    expect(twice.widgets.map((w) => w.name)).toEqual(["Form1", "Input1", "Input2", "Input3", "Input4"]);
  });

  it("puts a root whose parent is gone on the page", () => {
    const clipboard = copyWidgets(doc, { ids: ["in1"] });
    const withoutForm = pageDocFixture([doc.widgets[2]]);
    const { doc: next } = pasteWidgets(withoutForm, { widgets: clipboard, newId: idSequence() });
    expect(next.widgets[1].parentId).toBeNull();
  });

  it("does not let the paste change the clipboard", () => {
    const clipboard = copyWidgets(doc, { ids: ["in2"] });
    const next = pasteWidgets(doc, { widgets: clipboard, newId: idSequence() }).doc;
    next.widgets[3].props.text = "changed";
    expect(clipboard[0].props.text).toBeUndefined();
  });
});
