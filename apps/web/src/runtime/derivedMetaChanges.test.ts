import { loadWidgets } from "@tessera/widgets";
import { beforeAll, describe, expect, it } from "vitest";
import { derivedMetaChanges } from "./derivedMetaChanges";

beforeAll(() => loadWidgets());

describe("derivedMetaChanges", () => {
  const table = [{ name: "Table1", type: "Table" }];
  const rows = [{ id: 1 }, { id: 2 }];

  it("sends a derived row once, not again when the engine answers with a copy of it", () => {
    const values = { tableData: rows, selectedRowIndex: 1, selectedRowIndices: [] };
    expect(derivedMetaChanges(table, () => values)).toContainEqual(["Table1", "selectedRow", { id: 2 }]);
    const answered = structuredClone({ ...values, selectedRow: { id: 2 }, selectedRows: [] });
    expect(derivedMetaChanges(table, () => answered)).toEqual([]);
  });
});
