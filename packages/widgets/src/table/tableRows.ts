import { isRecord, type TableColumn } from "./tableColumns";

/** The sort a Table shows, as its `sortOrder` meta holds it; an empty column means none. */
export interface SortOrder {
  column: string;
  order: "asc" | "desc" | "";
}

/** A row of the Table: its index in `tableData` (what selection and edits refer to) and its values. */
export interface TableRow {
  index: number;
  values: Record<string, unknown>;
}

/**
 * The rows of `tableData` with their computed column values filled in. Items that are not
 * objects become empty rows, so indices keep matching `tableData`.
 */
export function tableRowsOf(
  data: readonly unknown[],
  computed: Record<string, unknown>,
  edits?: ReadonlyMap<number, Record<string, unknown>>,
): TableRow[] {
  const computedKeys = Object.keys(computed).filter((key) => Array.isArray(computed[key]));
  const rows: TableRow[] = new Array(data.length);
  for (let index = 0; index < data.length; index++) {
    const item = data[index];
    let values = isRecord(item) ? item : {};
    if (computedKeys.length > 0) {
      values = { ...values };
      for (const key of computedKeys) values[key] = (computed[key] as unknown[])[index];
    }
    const edited = edits?.get(index);
    if (edited) values = { ...values, ...edited };
    rows[index] = { index, values };
  }
  return rows;
}

/**
 * Rows whose visible columns contain `text`, ignoring case (numbers and dates as written in
 * the data). An empty search keeps every row, and the same array.
 */
export function searchRows(rows: TableRow[], columns: readonly TableColumn[], text: string): TableRow[] {
  const needle = text.trim().toLowerCase();
  if (needle === "") return rows;
  const keys = columns.filter((column) => column.isVisible && column.type !== "button").map((c) => c.key);
  return rows.filter((row) =>
    keys.some((key) => {
      const value = row.values[key];
      if (value === undefined || value === null) return false;
      const shown = typeof value === "object" ? JSON.stringify(value) : String(value);
      return shown.toLowerCase().includes(needle);
    }),
  );
}

/**
 * Made on the first sort: a page's first Intl.Collator costs 12-15 ms in Chromium (measured in
 * fresh contexts), which a Table made at its chunk's load paid on every page before its rows.
 */
let collator: Intl.Collator | undefined;
const naturalOrder = () => {
  collator ??= new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });
  return collator;
};

/**
 * Rows sorted by one column: numbers by value, dates by time, booleans false first, text in
 * natural order ("item 2" before "item 10"); empty values last whichever the direction. Ties
 * keep the data's order. No sort keeps the same array.
 */
export function sortRows(rows: TableRow[], columns: readonly TableColumn[], sort: SortOrder): TableRow[] {
  if (!sort.column || !sort.order) return rows;
  const column = columns.find((candidate) => candidate.key === sort.column);
  const type = column?.type ?? "text";
  const direction = sort.order === "desc" ? -1 : 1;
  const keyed = rows.map((row) => ({ row, key: sortKey(row.values[sort.column], type) }));
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) {
      if (a.key === b.key) return a.row.index - b.row.index;
      return a.key === null ? 1 : -1;
    }
    const order =
      typeof a.key === "number" && typeof b.key === "number"
        ? a.key - b.key
        : naturalOrder().compare(String(a.key), String(b.key));
    return order !== 0 ? order * direction : a.row.index - b.row.index;
  });
  return keyed.map((entry) => entry.row);
}

function sortKey(value: unknown, type: TableColumn["type"]): number | string | null {
  if (value === undefined || value === null || value === "") return null;
  if (type === "date") {
    const time = typeof value === "number" ? value : Date.parse(String(value));
    return Number.isNaN(time) ? String(value) : time;
  }
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if ((type === "number" || type === "currency") && Number.isFinite(Number(value))) return Number(value);
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** The next sort when a header is activated: ascending, then descending, then none. */
export function nextSortOrder(current: SortOrder, column: string): SortOrder {
  if (current.column !== column || !current.order) return { column, order: "asc" };
  if (current.order === "asc") return { column, order: "desc" };
  return { column: "", order: "" };
}
