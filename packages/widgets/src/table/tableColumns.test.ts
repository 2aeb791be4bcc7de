import { describe, expect, it } from "vitest";
import { columnConfigsOf, computedValuesBinding, DEFAULT_COLUMN_WIDTH, deriveColumns } from "./tableColumns";

describe("deriveColumns", () => {
  it("takes the data's keys in first-seen order and reads their types", () => {
    const columns = deriveColumns(
      [
        { id: 1, name: "Ada", site: "https://ada.dev", joined: "2026-03-31", active: true },
        { id: 2, name: "Bo", email: "bo@x.io" },
      ],
      [],
    );
    expect(columns.map((column) => [column.key, column.type])).toEqual([
      ["id", "number"],
      ["name", "text"],
      ["site", "link"],
      ["joined", "date"],
      ["active", "boolean"],
      ["email", "text"],
    ]);
    expect(columns[0]).toMatchObject({
      label: "id",
      isVisible: true,
      width: DEFAULT_COLUMN_WIDTH,
      isEditable: false,
    });
  });

  it("puts configured columns first, in their order, with their settings, and keeps the others after", () => {
    const columns = deriveColumns(
      [{ id: 1, name: "Ada", price: 3 }],
      [
        { key: "price", label: "Price", type: "currency", width: 90, isEditable: true, currencyCode: "EUR" },
        { key: "id", isVisible: false },
        { key: "edit", type: "button", buttonLabel: "Edit", isEditable: true },
        { key: "total", computedValue: "{{currentRow.price * 2}}", type: "number" },
      ],
    );
    expect(columns.map((column) => column.key)).toEqual(["price", "id", "edit", "total", "name"]);
    expect(columns[0]).toMatchObject({
      label: "Price",
      type: "currency",
      width: 90,
      isEditable: true,
      currencyCode: "EUR",
    });
    expect(columns[1].isVisible).toBe(false);
    // A button is never edited in place.
    expect(columns[2]).toMatchObject({ type: "button", buttonLabel: "Edit", isEditable: false });
    expect(columns[3].isComputed).toBe(true);
  });

  it("skips malformed settings: no key, a repeated key, an unknown type", () => {
    expect(
      columnConfigsOf([
        { label: "no key" },
        { key: "a", type: "sparkline" },
        { key: "a", label: "again" },
        7,
      ]),
    ).toEqual([expect.objectContaining({ key: "a", type: undefined, label: undefined })]);
    expect(columnConfigsOf("not a list")).toEqual([]);
  });

  it("finds no columns in data that holds no objects", () => {
    expect(deriveColumns([1, "two", null], [])).toEqual([]);
  });
});

describe("computedValuesBinding", () => {
  it("makes one binding over the Table's own data, an array of values per computed column", () => {
    const binding = computedValuesBinding("Table1", [
      { key: "total", computedValue: "{{currentRow.qty * currentRow.unit}}" },
      { key: "label", computedValue: "#{{currentIndex}}: {{currentRow.name}}" },
      { key: "plain" },
    ]);
    expect(binding).toBe(
      '{{ ({"total": Table1.tableData.map((currentRow, currentIndex) => ((currentRow.qty * currentRow.unit))), ' +
        '"label": Table1.tableData.map((currentRow, currentIndex) => ("#" + String((currentIndex) ?? "") + ": " + String((currentRow.name) ?? "")))}) }}',
    );
    const run = new Function("Table1", `return ${binding!.slice(2, -2)};`);
    expect(run({ tableData: [{ qty: 2, unit: 3, name: "Ada" }] })).toEqual({
      total: [6],
      label: ["#0: Ada"],
    });
  });

  it("is undefined when no column is computed", () => {
    expect(
      computedValuesBinding("Table1", [{ key: "a" }, { key: "b", computedValue: "  " }]),
    ).toBeUndefined();
  });
});
