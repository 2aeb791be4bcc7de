import { describe, expect, it } from "vitest";
import { isEventProp } from "./eventProps";

describe("isEventProp", () => {
  it("knows declared events and the members of a family", () => {
    const events = ["onRowSelected", "onClick:*"];
    expect(isEventProp(events, "onRowSelected")).toBe(true);
    expect(isEventProp(events, "onClick:edit")).toBe(true);
    expect(isEventProp(events, "onClick")).toBe(false);
    expect(isEventProp(events, "tableData")).toBe(false);
  });
});
