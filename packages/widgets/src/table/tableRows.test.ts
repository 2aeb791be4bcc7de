import { describe, expect, it } from "vitest";
import { deriveColumns } from "./tableColumns";
import { nextSortOrder, searchRows, sortRows, tableRowsOf } from "./tableRows";

const data = [
  { id: 3, name: "item 10", joined: "2026-01-05", score: null },
  { id: 1, name: "Item 2", joined: "2025-12-31", score: 7 },
  { id: 2, name: "item 1", joined: "2026-02-01", score: 7 },
];
const columns = deriveColumns(data, [{ key: "secret", isVisible: false }]);

describe("tableRowsOf", () => {
  it("keeps each row's index in the data and fills in computed values and edits", () => {
    const rows = tableRowsOf(data, { double: [6, 2, 4] }, new Map([[1, { name: "Edited" }]]));
    expect(rows[0]).toEqual({ index: 0, values: { ...data[0], double: 6 } });
    expect(rows[1].values).toMatchObject({ name: "Edited", double: 2 });
    expect(tableRowsOf([42], {})[0]).toEqual({ index: 0, values: {} });
  });
});

describe("searchRows", () => {
  const rows = tableRowsOf(data, {});

  it("finds the text in any visible column, ignoring case", () => {
    expect(searchRows(rows, columns, "ITEM 1").map((row) => row.values.id)).toEqual([3, 2]);
    expect(searchRows(rows, columns, "2025").map((row) => row.values.id)).toEqual([1]);
  });

  it("keeps every row, the same array, for an empty search", () => {
    expect(searchRows(rows, columns, "  ")).toBe(rows);
  });

  it("does not search hidden columns", () => {
    const withSecret = tableRowsOf([{ id: 1, secret: "needle" }], {});
    expect(
      searchRows(
        withSecret,
        deriveColumns([{ id: 1, secret: "needle" }], [{ key: "secret", isVisible: false }]),
        "needle",
      ),
    ).toEqual([]);
  });
});

describe("sortRows", () => {
  const rows = tableRowsOf(data, {});
  const ids = (sorted: ReturnType<typeof sortRows>) => sorted.map((row) => row.values.id);

  it("sorts numbers by value and text in natural order, both ways", () => {
    expect(ids(sortRows(rows, columns, { column: "id", order: "asc" }))).toEqual([1, 2, 3]);
    expect(ids(sortRows(rows, columns, { column: "id", order: "desc" }))).toEqual([3, 2, 1]);
    expect(ids(sortRows(rows, columns, { column: "name", order: "asc" }))).toEqual([2, 1, 3]);
  });

  it("sorts dates by time", () => {
    expect(ids(sortRows(rows, columns, { column: "joined", order: "asc" }))).toEqual([1, 3, 2]);
  });

  it("puts empty values last in either direction and keeps ties in data order", () => {
    expect(ids(sortRows(rows, columns, { column: "score", order: "asc" }))).toEqual([1, 2, 3]);
    expect(ids(sortRows(rows, columns, { column: "score", order: "desc" }))).toEqual([1, 2, 3]);
  });

  it("keeps the same array when nothing is sorted", () => {
    expect(sortRows(rows, columns, { column: "", order: "" })).toBe(rows);
  });

  it("cycles a header through ascending, descending and none", () => {
    const asc = nextSortOrder({ column: "", order: "" }, "name");
    expect(asc).toEqual({ column: "name", order: "asc" });
    expect(nextSortOrder(asc, "name")).toEqual({ column: "name", order: "desc" });
    expect(nextSortOrder({ column: "name", order: "desc" }, "name")).toEqual({ column: "", order: "" });
    expect(nextSortOrder({ column: "name", order: "desc" }, "id")).toEqual({ column: "id", order: "asc" });
  });

  it("sorts 100,000 rows", () => {
    const many = tableRowsOf(
      Array.from({ length: 100_000 }, (_, i) => ({ id: (i * 7919) % 100_000 })),
      {},
    );
    const sorted = sortRows(many, deriveColumns([{ id: 1 }], []), { column: "id", order: "asc" });
    expect(sorted[0].values.id).toBe(0);
    expect(sorted[99_999].values.id).toBe(99_999);
  });
});
