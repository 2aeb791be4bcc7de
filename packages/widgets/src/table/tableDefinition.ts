import { defineWidget, type PaneSection } from "../WidgetDefinition";
import { columnConfigsOf, computedValuesBinding } from "./tableColumns";

/** What `selectedRow` and `triggeredRow` read when no row is: one object, so nothing re-runs. */
const NO_ROW: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;
const NO_ROWS: unknown[] = Object.freeze([]) as unknown as unknown[];
/** The last selectedRows per data array: one cache per Table, as each has its own data. */
const selections = new WeakMap<unknown[], { indices: unknown[]; rows: unknown[] }>();

const SAMPLE_DATA = [
  { id: 1, name: "Ada Lovelace", email: "ada@example.com", active: true },
  { id: 2, name: "Alan Turing", email: "alan@example.com", active: false },
  { id: 3, name: "Grace Hopper", email: "grace@example.com", active: true },
];

/**
 * Table: rows of an array of objects, with columns derived from the data and configured in
 * `columns`. Sort and search run in the browser, or (server-side pagination) are meta a query
 * binds to: `{{Table1.pageNo}}`, `pageSize`, `searchText`, `sortOrder`.
 */
export const tableDefinition = defineWidget({
  type: "Table",
  label: "Table",
  icon: "▦",
  defaultSize: { w: 40, h: 40 },
  props: {
    tableData: { type: "array", default: SAMPLE_DATA },
    columns: { type: "json", default: [] },
    isSearchable: { type: "boolean", default: true },
    isSortable: { type: "boolean", default: true },
    serverSidePagination: { type: "boolean", default: false },
    totalRecords: { type: "number", default: 0 },
    defaultPageSize: { type: "number", default: 20 },
    defaultSearchText: { type: "text", default: "" },
    multiRowSelection: { type: "boolean", default: false },
    isLoading: { type: "boolean", default: false },
    errorMessage: { type: "text", default: "" },
    isVisible: { type: "boolean", default: true },
    /** Written for the engine from the columns' computed values (`derivedProps`), never stored. */
    computedValues: { type: "object", default: {} },
  },
  meta: {
    selectedRowIndex: { type: "number", default: -1 },
    selectedRowIndices: { type: "array", default: [] },
    selectedRow: { type: "object", default: {} },
    selectedRows: { type: "array", default: [] },
    triggeredRow: { type: "object", default: {} },
    pageNo: { type: "number", default: 1 },
    pageSize: { type: "number", default: 20 },
    searchText: { type: "text", default: "" },
    sortOrder: { type: "object", default: { column: "", order: "" } },
    updatedRows: { type: "array", default: [] },
  },
  events: ["onRowSelected", "onPageChange", "onSearchTextChanged", "onSort", "onSave", "onClick:*"],
  pane: [
    {
      title: "Data",
      fields: [
        {
          prop: "tableData",
          label: "Table data",
          control: "code",
          help: "An array of objects, e.g. {{getUsers.data}}",
        },
        {
          prop: "columns",
          label: "Columns",
          control: "code",
          help: 'Column settings in display order: [{ "key": "price", "label": "Price", "type": "currency", "width": 120, "isVisible": true, "isEditable": true, "computedValue": "{{currentRow.qty * currentRow.unit}}" }]. Types: text, number, currency, date, boolean, link, image, button. Columns of the data not listed follow.',
        },
      ],
    },
    {
      title: "Search and sort",
      fields: [
        { prop: "isSearchable", label: "Search", control: "switch" },
        { prop: "defaultSearchText", label: "Default search", control: "code" },
        { prop: "isSortable", label: "Sort by column", control: "switch" },
      ],
    },
    {
      title: "Pagination",
      fields: [
        {
          prop: "serverSidePagination",
          label: "Server-side pagination",
          control: "switch",
          help: "The data is one page: bind the query to {{Table1.pageNo}}, pageSize, searchText and sortOrder",
        },
        {
          prop: "totalRecords",
          label: "Total records",
          control: "code",
          help: "e.g. {{getUsers.data.total}}",
        },
        { prop: "defaultPageSize", label: "Page size", control: "text" },
      ],
    },
    {
      title: "Rows",
      fields: [
        { prop: "multiRowSelection", label: "Select several rows", control: "switch" },
        { prop: "isLoading", label: "Loading", control: "code", help: "e.g. {{getUsers.isLoading}}" },
        { prop: "errorMessage", label: "Error message", control: "code", help: "e.g. {{getUsers.error}}" },
        { prop: "isVisible", label: "Visible", control: "switch" },
      ],
    },
    {
      title: "Events",
      fields: [
        { prop: "onRowSelected", label: "onRowSelected", control: "event" },
        { prop: "onPageChange", label: "onPageChange", control: "event" },
        { prop: "onSearchTextChanged", label: "onSearchTextChanged", control: "event" },
        { prop: "onSort", label: "onSort", control: "event" },
        {
          prop: "onSave",
          label: "onSave",
          control: "event",
          help: "Runs for Save; reads {{Table1.updatedRows}}",
        },
      ],
    },
  ],
  extraPaneSections: (props) => {
    // Stored as the JSON text the pane's code field holds.
    const columns = typeof props.columns === "string" ? parseJson(props.columns) : props.columns;
    const buttons = columnConfigsOf(columns).filter((column) => column.type === "button");
    if (buttons.length === 0) return [];
    const section: PaneSection = {
      title: "Button columns",
      fields: buttons.map((column) => ({
        prop: buttonEvent(column.key),
        label: `${column.label || column.key} onClick`,
        control: "event",
        help: "Sees {{currentRow}} and {{currentIndex}}",
      })),
    };
    return [section];
  },
  metaFromProps: { pageSize: "defaultPageSize", searchText: "defaultSearchText" },
  derivedProps: (name, props) => {
    // Column settings are JSON, whose computed values hold `{{currentRow.x}}` for the engine
    // to run per row: the engine gets them parsed (so it does not evaluate that text as a
    // binding of its own) and the one binding that computes them.
    const columns = typeof props.columns === "string" ? parseJson(props.columns) : props.columns;
    if (!Array.isArray(columns)) return {};
    const binding = computedValuesBinding(name, columns);
    return binding ? { columns, computedValues: binding } : { columns };
  },
  deriveMeta: (props, meta) => {
    const data = props.tableData;
    const indices = meta.selectedRowIndices;
    let selectedRows = NO_ROWS;
    if (indices.length > 0) {
      // Kept while data and indices stay: a new array every time would send it to the engine every time.
      let last = selections.get(data);
      if (last?.indices !== indices) {
        last = { indices, rows: indices.map((index) => data[Number(index)] ?? NO_ROW) };
        selections.set(data, last);
      }
      selectedRows = last.rows;
    }
    const row = data[meta.selectedRowIndex];
    return {
      selectedRow: typeof row === "object" && row !== null ? (row as Record<string, unknown>) : NO_ROW,
      selectedRows,
    };
  },
});

/** The event prop of a button column: its handler runs with `currentRow` and `currentIndex`. */
export function buttonEvent(columnKey: string): `onClick:${string}` {
  return `onClick:${columnKey}`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
