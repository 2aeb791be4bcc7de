import { coerceProp } from "@tessera/model";
import { describe, expect, it } from "vitest";
import { initialMetaOf } from "../defaultPropsOf";
import { engineWidgetProps } from "../engineWidgetProps";
import { widgetMetaOf, widgetPropsOf } from "../widgetPropsOf";
import { buttonEvent, tableDefinition } from "./tableDefinition";

describe("tableDefinition", () => {
  it("starts on page 1 with the default page size and search, nothing selected", () => {
    expect(initialMetaOf(tableDefinition, { defaultPageSize: 50, defaultSearchText: "ada" })).toMatchObject({
      pageNo: 1,
      pageSize: 50,
      searchText: "ada",
      selectedRowIndex: -1,
      selectedRow: {},
      selectedRows: [],
      updatedRows: [],
    });
  });

  it("derives selectedRow and selectedRows from the data, the same objects while nothing changes", () => {
    const tableData = [{ id: 1 }, { id: 2 }, { id: 3 }];
    const props = widgetPropsOf(tableDefinition, { tableData });
    const meta = widgetMetaOf(tableDefinition, { selectedRowIndex: 1, selectedRowIndices: [0, 2] });
    const first = tableDefinition.deriveMeta!(props, meta);
    expect(first).toEqual({ selectedRow: { id: 2 }, selectedRows: [{ id: 1 }, { id: 3 }] });
    expect(first.selectedRow).toBe(tableData[1]);
    // A new array each time would go to the engine each time, and back, without end.
    expect(tableDefinition.deriveMeta!(props, meta).selectedRows).toBe(first.selectedRows);
    // Another Table in between keeps its own: the first one's stays the same array.
    const other = widgetPropsOf(tableDefinition, { tableData: [{ id: 9 }] });
    tableDefinition.deriveMeta!(other, widgetMetaOf(tableDefinition, { selectedRowIndices: [0] }));
    expect(tableDefinition.deriveMeta!(props, meta).selectedRows).toBe(first.selectedRows);
    const none = tableDefinition.deriveMeta!(props, widgetMetaOf(tableDefinition, {}));
    expect(none.selectedRow).toBe(
      tableDefinition.deriveMeta!(props, widgetMetaOf(tableDefinition, {})).selectedRow,
    );
  });

  it("hands the engine parsed column settings and one binding for the computed columns", () => {
    const columns = JSON.stringify([
      { key: "total", computedValue: "{{currentRow.qty * 2}}" },
      { key: "qty" },
    ]);
    const props = engineWidgetProps(tableDefinition, "Orders", { tableData: "{{getOrders.data}}", columns });
    expect(props.columns).toEqual([
      { key: "total", computedValue: "{{currentRow.qty * 2}}" },
      { key: "qty" },
    ]);
    expect(props.computedValues).toBe(
      '{{ ({"total": Orders.tableData.map((currentRow, currentIndex) => ((currentRow.qty * 2)))}) }}',
    );
    // A binding in place of the settings stays a binding.
    const bound = { columns: "{{ Settings.columns }}" };
    expect(engineWidgetProps(tableDefinition, "Orders", bound)).toBe(bound);
  });

  it("gives each button column an onClick field, which is one of its events", () => {
    const sections = tableDefinition.extraPaneSections!({
      columns: [{ key: "edit", type: "button", label: "Edit" }, { key: "name" }],
    });
    expect(sections).toEqual([
      expect.objectContaining({
        fields: [expect.objectContaining({ prop: "onClick:edit", control: "event" })],
      }),
    ]);
    expect(buttonEvent("edit")).toBe("onClick:edit");
    expect(tableDefinition.events).toContain("onClick:*");
    expect(tableDefinition.extraPaneSections!({ columns: "[]" })).toEqual([]);
    // As the pane stores it: JSON text.
    const stored = tableDefinition.extraPaneSections!({ columns: '[{"key":"go","type":"button"}]' });
    expect(stored[0]?.fields.map((field) => field.prop)).toEqual(["onClick:go"]);
  });

  it("declares the meta a server-side query binds to, with their types", () => {
    for (const [key, type] of [
      ["pageNo", "number"],
      ["pageSize", "number"],
      ["searchText", "text"],
      ["sortOrder", "object"],
    ] as const) {
      expect(tableDefinition.meta[key].type).toBe(type);
    }
    expect(coerceProp("array", tableDefinition.props.tableData.default).error).toBeUndefined();
  });
});
