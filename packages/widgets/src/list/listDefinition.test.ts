import { describe, expect, it } from "vitest";
import { initialMetaOf } from "../defaultPropsOf";
import { widgetTypeSpecOf } from "../widgetTypeSpecs";
import { listDefinition } from "./listDefinition";

describe("listDefinition", () => {
  it("tells the engine its children repeat over listData, paged by pageNo and pageSize", () => {
    expect(widgetTypeSpecOf(listDefinition)).toMatchObject({
      props: { listData: "array", pageSize: "number" },
      meta: { pageNo: 1, selectedItem: null, selectedItemIndex: -1 },
      events: ["onItemClick"],
      repeat: { items: "listData", pageNo: "pageNo", pageSize: "pageSize" },
    });
  });

  it("repeats over props and meta it has", () => {
    const { items, pageNo, pageSize } = listDefinition.repeat!;
    expect(Object.keys(listDefinition.props)).toContain(items);
    expect(Object.keys(listDefinition.meta)).toContain(pageNo);
    expect(Object.keys(listDefinition.props)).toContain(pageSize);
  });

  it("is a container, so its template is edited on the canvas", () => {
    expect(listDefinition.isContainer).toBe(true);
  });

  it("starts on the first page with nothing selected", () => {
    expect(initialMetaOf(listDefinition, {})).toEqual({
      pageNo: 1,
      selectedItem: null,
      selectedItemIndex: -1,
    });
  });
});
