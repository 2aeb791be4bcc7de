import { afterAll, describe, expect, it, vi } from "vitest";

// The registry adds sheets to `document.head`: a stand-in records them (these tests run in Node).
const added: string[] = [];
vi.stubGlobal("document", {
  createElement: () => ({ textContent: "" }),
  head: { append: (element: { textContent: string }) => added.push(element.textContent) },
});
afterAll(() => vi.unstubAllGlobals());
const { loadWidgets } = await import("./widgetRegistry");

describe("widget styles", () => {
  it("adds a type's sheets when it loads, and a sheet two types share once", async () => {
    await loadWidgets(["Tabs"]);
    const { tabsWidget } = await import("./tabs");
    expect(added).toEqual(tabsWidget.styles);
    expect(added.every((css) => css.length > 0)).toBe(true);

    // RadioGroup shares choices.css with Tabs and has no sheet of its own.
    await loadWidgets(["RadioGroup", "Tabs"]);
    expect(added).toEqual(tabsWidget.styles);

    await loadWidgets(["Table"]);
    const { tableWidget } = await import("./table");
    expect(added).toEqual([...tabsWidget.styles, ...tableWidget.styles]);
  });
});
