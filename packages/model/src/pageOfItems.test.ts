import { describe, expect, it } from "vitest";
import { pageOfItems } from "./pageOfItems";

describe("pageOfItems", () => {
  const items = ["a", "b", "c", "d", "e"];

  it("slices the page asked for, counting pages from 1", () => {
    expect(pageOfItems(items, 2, 2)).toEqual({ items: ["c", "d"], firstIndex: 2, pageNo: 2, pageCount: 3 });
    expect(pageOfItems(items, 3, 2)).toEqual({ items: ["e"], firstIndex: 4, pageNo: 3, pageCount: 3 });
  });

  it("clamps a page number past either end", () => {
    expect(pageOfItems(items, 9, 2)).toMatchObject({ firstIndex: 4, pageNo: 3 });
    expect(pageOfItems(items, 0, 2).firstIndex).toBe(0);
    expect(pageOfItems(items, Number.NaN, 2).firstIndex).toBe(0);
  });

  it("shows everything without a page size", () => {
    expect(pageOfItems(items, 3, 0)).toEqual({ items, firstIndex: 0, pageNo: 1, pageCount: 1 });
  });

  it("has one empty page for an empty list", () => {
    expect(pageOfItems([], 1, 5)).toEqual({ items: [], firstIndex: 0, pageNo: 1, pageCount: 1 });
  });
});
