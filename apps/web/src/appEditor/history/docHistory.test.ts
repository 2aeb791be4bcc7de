import { describe, expect, it } from "vitest";
import { addWidget } from "../commands/addWidget";
import { moveWidget } from "../commands/moveWidget";
import { pageDocFixture } from "../test/pageDocFixture";
import { createHistory, recordDoc, redo, undo } from "./docHistory";

const defaults = { w: 10, h: 4, props: {} };
const start = addWidget(pageDocFixture(), { id: "a", type: "Text", x: 0, y: 0, defaults });

describe("docHistory", () => {
  it("undoes and redoes a move", () => {
    const moved = moveWidget(start, { id: "a", x: 20, y: 30 });
    let history = recordDoc(createHistory(start), moved);
    history = undo(history);
    expect(history.present.widgets[0].layout).toMatchObject({ x: 0, y: 0 });
    history = redo(history);
    expect(history.present.widgets[0].layout).toMatchObject({ x: 20, y: 30 });
  });

  it("drops the redo steps when a new change is recorded", () => {
    let history = recordDoc(createHistory(start), moveWidget(start, { id: "a", x: 5, y: 5 }));
    history = undo(history);
    history = recordDoc(history, moveWidget(start, { id: "a", x: 9, y: 9 }));
    expect(history.future).toHaveLength(0);
    expect(redo(history)).toBe(history);
  });

  it("does nothing when there is nothing to undo or redo", () => {
    const history = createHistory(start);
    expect(undo(history)).toBe(history);
    expect(redo(history)).toBe(history);
  });

  it("ignores a refused command that returned the same doc", () => {
    const history = createHistory(start);
    expect(recordDoc(history, start)).toBe(history);
  });

  it("merges steps with the same coalescing key into one undo step", () => {
    let history = createHistory(start);
    let doc = start;
    for (const text of ["H", "He", "Hey"]) {
      doc = { ...doc, widgets: [{ ...doc.widgets[0], props: { text } }] };
      history = recordDoc(history, doc, { coalesceKey: "a.text" });
    }
    expect(history.past).toHaveLength(1);
    expect(undo(history).present).toBe(start);
  });

  it("keeps at most `limit` steps", () => {
    let history = createHistory(start);
    for (let x = 1; x <= 10; x++)
      history = recordDoc(history, moveWidget(start, { id: "a", x, y: 0 }), { limit: 3 });
    expect(history.past).toHaveLength(3);
    expect(history.past[0].widgets[0].layout.x).toBe(7);
  });
});
