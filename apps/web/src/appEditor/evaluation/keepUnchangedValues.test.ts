import { describe, expect, it } from "vitest";
import { keepUnchangedValues } from "./keepUnchangedValues";

describe("keepUnchangedValues", () => {
  const previous = { values: { Text1: { text: "a", isVisible: true }, Text2: { text: "b" } }, errors: {} };

  it("keeps an entity's object whose properties are all the same", () => {
    const next = { values: { Text1: { text: "a", isVisible: true }, Text2: { text: "c" } }, errors: {} };
    const result = keepUnchangedValues(previous, next);
    expect(result.values.Text1).toBe(previous.values.Text1);
    expect(result.values.Text2).toBe(next.values.Text2);
    expect(result.values.Text2).toEqual({ text: "c" });
  });

  it("takes the new object when a property was added, removed or replaced by an equal copy", () => {
    const rows = [{ id: 1 }];
    const before = { values: { A: { text: "a" }, B: { text: "b", extra: 1 }, T: { rows } }, errors: {} };
    const next = {
      values: { A: { text: "a", extra: 1 }, B: { text: "b" }, T: { rows: [{ id: 1 }] } },
      errors: {},
    };
    const result = keepUnchangedValues(before, next);
    expect(result.values.A).toBe(next.values.A);
    expect(result.values.B).toBe(next.values.B);
    expect(result.values.T).toBe(next.values.T);
  });

  it("answers the next result itself when nothing is kept, and the errors are always the next ones", () => {
    const next = { values: { Text1: { text: "z" } }, errors: { "Text1.text": "bad" } };
    expect(keepUnchangedValues(null, next)).toBe(next);
    expect(keepUnchangedValues(previous, next)).toBe(next);
    const same = { values: { Text1: { text: "a", isVisible: true } }, errors: { "Text1.text": "bad" } };
    expect(keepUnchangedValues(previous, same).errors).toBe(same.errors);
  });
});
