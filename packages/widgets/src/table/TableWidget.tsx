import { type ColumnDef, columnSizingFeature, tableFeatures, useTable } from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { coerceProp } from "@tessera/model";
import { type KeyboardEvent, type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import type { WidgetRendererProps } from "../WidgetDefinition";
import { deriveColumns, isRecord, type TableColumn } from "./tableColumns";
import { buttonEvent, type tableDefinition } from "./tableDefinition";
import { nextSortOrder, type SortOrder, searchRows, sortRows, type TableRow, tableRowsOf } from "./tableRows";

const ROW_HEIGHT = 36;
const SEARCH_EVENT_DELAY_MS = 300;
const features = tableFeatures({ columnSizingFeature });

/**
 * A page's first Intl.NumberFormat costs 15-35 ms in Chromium while its locale data loads
 * (later ones take 0.1 ms; measured in fresh contexts), and number and currency cells need
 * one: made before the first paint of rows (the table module's `prepare`), it leaves it.
 */
export function prepareTable(): void {
  new Intl.NumberFormat().format(0);
}

type Props = WidgetRendererProps<typeof tableDefinition>;
/** The focused cell: `row` is a position among the shown rows (-1 is the header row). */
interface Focus {
  row: number;
  col: number;
}

/**
 * A grid of rows (TanStack Table for the column model, TanStack Virtual so only the rows in
 * view are in the DOM). Arrow keys move between cells, Enter edits an editable cell, presses
 * a button cell or selects the row, Space selects; headers sort.
 */
export function TableWidget({ name, props, meta, setMeta, runEvent }: Props) {
  const serverSide = props.serverSidePagination;
  const columns = useMemo(
    () => deriveColumns(props.tableData, props.columns),
    [props.tableData, props.columns],
  );
  const visible = useMemo(() => columns.filter((column) => column.isVisible), [columns]);
  const [edits, setEdits] = useState<ReadonlyMap<number, Record<string, unknown>>>(() => new Map());
  const [editing, setEditing] = useState<{ index: number; key: string; text: string } | null>(null);
  const { column: sortColumn, order: sortDirection } = sortOrderOf(meta.sortOrder);
  // By its parts: the meta object is a new one after every engine update.
  const sortOrder = useMemo<SortOrder>(
    () => ({ column: sortColumn, order: sortDirection }),
    [sortColumn, sortDirection],
  );

  // New data (a save that reloaded it, another page) replaces what was edited on the old.
  const dataRef = useRef(props.tableData);
  const hasEdits = useRef(false);
  hasEdits.current = edits.size > 0;
  useEffect(() => {
    if (dataRef.current === props.tableData) return;
    dataRef.current = props.tableData;
    setEditing(null);
    if (!hasEdits.current) return;
    setEdits(new Map());
    setMeta({ updatedRows: [] });
  }, [props.tableData, setMeta]);

  const rows = useMemo(
    () => tableRowsOf(props.tableData, props.computedValues, edits),
    [props.tableData, props.computedValues, edits],
  );
  const shown = useMemo(
    () => (serverSide ? rows : sortRows(searchRows(rows, visible, meta.searchText), columns, sortOrder)),
    [serverSide, rows, visible, columns, meta.searchText, sortOrder],
  );

  const columnDefs = useMemo<ColumnDef<typeof features, TableRow>[]>(
    () =>
      visible.map((column) => ({
        id: column.key,
        header: column.label,
        size: column.width,
        accessorFn: (row: TableRow) => row.values[column.key],
      })),
    [visible],
  );
  const totalWidth = visible.reduce((sum, column) => sum + column.width, 0);

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  // TanStack gets the rows in view only: a row model of all 10,000 rows (a Row object each,
  // built again for every new array of data) cost the first paint after the data came about
  // as much as drawing it. Sort and search are ours (tableRows.ts), over `shown`.
  const firstInView = items.length > 0 ? items[0].index : 0;
  const endInView = items.length > 0 ? items[items.length - 1].index + 1 : 0;
  const inView = useMemo(() => shown.slice(firstInView, endInView), [shown, firstInView, endInView]);
  const table = useTable({
    features,
    columns: columnDefs,
    data: inView,
    getRowId: (row) => String(row.index),
  });
  const rowsInView = table.getRowModel().rows;

  const [focus, setFocus] = useState<Focus>({ row: -1, col: 0 });
  const focusPending = useRef(false);
  useEffect(() => {
    if (!focusPending.current) return;
    const cell = scrollRef.current?.querySelector<HTMLElement>(`[data-cell="${focus.row}:${focus.col}"]`);
    if (cell) {
      focusPending.current = false;
      cell.focus();
    }
  });

  const searchTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(searchTimer.current), []);

  const selected = new Set(meta.selectedRowIndices.map(Number));
  if (meta.selectedRowIndex >= 0) selected.add(meta.selectedRowIndex);

  const selectRow = (index: number) => {
    if (props.multiRowSelection) {
      const indices = selected.has(index)
        ? meta.selectedRowIndices.filter((candidate) => Number(candidate) !== index)
        : [...meta.selectedRowIndices, index];
      setMeta({ selectedRowIndices: indices, selectedRowIndex: index });
    } else {
      setMeta({ selectedRowIndex: index, selectedRowIndices: [index] });
    }
    void runEvent("onRowSelected");
  };

  const pressButton = (row: TableRow, column: TableColumn) => {
    setMeta({ triggeredRow: row.values });
    void runEvent(buttonEvent(column.key), { currentRow: row.values, currentIndex: row.index });
  };

  const commitEdit = () => {
    if (!editing) return;
    const column = columns.find((candidate) => candidate.key === editing.key);
    const original = props.tableData[editing.index];
    const before = isRecord(original) ? original[editing.key] : undefined;
    const value = column ? editedValue(column, editing.text, before) : editing.text;
    setEditing(null);
    const next = new Map(edits);
    const fields = { ...next.get(editing.index) };
    if (Object.is(value, before)) delete fields[editing.key];
    else fields[editing.key] = value;
    if (Object.keys(fields).length === 0) next.delete(editing.index);
    else next.set(editing.index, fields);
    setEdits(next);
    setMeta({ updatedRows: updatedRowsOf(props.tableData, next) });
  };

  const discardEdits = () => {
    setEdits(new Map());
    setEditing(null);
    setMeta({ updatedRows: [] });
  };

  const sortBy = (column: TableColumn) => {
    if (!props.isSortable || column.type === "button") return;
    setMeta({ sortOrder: { ...nextSortOrder(sortOrder, column.key) } });
    void runEvent("onSort");
  };

  const search = (text: string) => {
    setMeta(serverSide ? { searchText: text, pageNo: 1 } : { searchText: text });
    clearTimeout(searchTimer.current);
    searchTimer.current = setTimeout(() => void runEvent("onSearchTextChanged"), SEARCH_EVENT_DELAY_MS);
  };

  const pageSize = Math.max(1, meta.pageSize || props.defaultPageSize || 20);
  const pageCount =
    props.totalRecords > 0 ? Math.max(1, Math.ceil(props.totalRecords / pageSize)) : undefined;
  const hasNext = pageCount !== undefined ? meta.pageNo < pageCount : props.tableData.length >= pageSize;
  const goToPage = (pageNo: number) => {
    setMeta({ pageNo, selectedRowIndex: -1, selectedRowIndices: [] });
    void runEvent("onPageChange");
  };

  const moveFocus = (next: Focus) => {
    const row = Math.max(-1, Math.min(shown.length - 1, next.row));
    const col = Math.max(0, Math.min(visible.length - 1, next.col));
    if (row >= 0) virtualizer.scrollToIndex(row);
    focusPending.current = true;
    setFocus({ row, col });
  };

  const onGridKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (editing || (event.target as HTMLElement).tagName === "INPUT") return;
    const page = Math.max(
      1,
      Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1,
    );
    const moves: Record<string, Focus> = {
      ArrowDown: { row: focus.row + 1, col: focus.col },
      ArrowUp: { row: focus.row - 1, col: focus.col },
      ArrowRight: { row: focus.row, col: focus.col + 1 },
      ArrowLeft: { row: focus.row, col: focus.col - 1 },
      PageDown: { row: focus.row + page, col: focus.col },
      PageUp: { row: Math.max(0, focus.row - page), col: focus.col },
      Home: event.ctrlKey ? { row: 0, col: 0 } : { row: focus.row, col: 0 },
      End: event.ctrlKey
        ? { row: shown.length - 1, col: visible.length - 1 }
        : { row: focus.row, col: visible.length - 1 },
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      moveFocus(move);
      return;
    }
    const column = visible[focus.col];
    if (focus.row < 0) {
      if ((event.key === "Enter" || event.key === " ") && column) {
        event.preventDefault();
        sortBy(column);
      }
      return;
    }
    const row = shown[focus.row];
    if (!row || !column) return;
    if (event.key === "Enter") {
      event.preventDefault();
      if (column.type === "button") pressButton(row, column);
      else if (column.isEditable)
        setEditing({ index: row.index, key: column.key, text: textOf(row.values[column.key]) });
      else selectRow(row.index);
    } else if (event.key === " ") {
      event.preventDefault();
      selectRow(row.index);
    }
  };

  const formatters = useMemo(() => cellFormatters(visible), [visible]);
  const status = props.errorMessage
    ? { kind: "error" as const, text: props.errorMessage }
    : props.isLoading
      ? { kind: "loading" as const, text: "Loading…" }
      : shown.length === 0
        ? {
            kind: "empty" as const,
            text: meta.searchText && !serverSide ? `No rows match “${meta.searchText}”` : "No rows to show",
          }
        : null;

  return (
    <div className="tw-table">
      {props.isSearchable || edits.size > 0 ? (
        <div className="tw-table-toolbar">
          {props.isSearchable ? (
            <input
              type="search"
              className="tw-input tw-table-search"
              aria-label={`Search ${name}`}
              placeholder="Search"
              value={meta.searchText}
              onChange={(event) => search(event.currentTarget.value)}
            />
          ) : null}
          {edits.size > 0 ? (
            <span className="tw-table-edits">
              <button type="button" className="tw-button" onClick={() => void runEvent("onSave")}>
                Save {edits.size === 1 ? "1 row" : `${edits.size} rows`}
              </button>
              <button type="button" className="tw-button tw-button-secondary" onClick={discardEdits}>
                Discard
              </button>
            </span>
          ) : null}
        </div>
      ) : null}
      <div ref={scrollRef} className="tw-table-scroll">
        <table
          className="tw-table-grid"
          // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a data grid is a table with cell navigation (the WAI-ARIA grid pattern)
          role="grid"
          aria-label={name}
          aria-rowcount={(serverSide && props.totalRecords > 0 ? props.totalRecords : shown.length) + 1}
          aria-colcount={visible.length}
          aria-multiselectable={props.multiRowSelection || undefined}
          aria-busy={props.isLoading || undefined}
          style={{ width: totalWidth }}
          onKeyDown={onGridKeyDown}
        >
          <thead className="tw-table-head">
            <tr aria-rowindex={1} className="tw-table-row">
              {table.getHeaderGroups()[0]?.headers.map((header, col) => {
                const column = visible[col];
                const sorted = sortOrder.column === column.key ? sortOrder.order : "";
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-colindex={col + 1}
                    aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                    className="tw-table-cell tw-table-header"
                    style={{ width: header.getSize() }}
                    data-cell={`-1:${col}`}
                    tabIndex={focus.row === -1 && focus.col === col ? 0 : -1}
                    onClick={() => {
                      setFocus({ row: -1, col });
                      sortBy(column);
                    }}
                  >
                    {column.label}
                    {sorted ? <span aria-hidden="true">{sorted === "asc" ? " ▲" : " ▼"}</span> : null}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody className="tw-table-body" style={{ height: status ? 0 : virtualizer.getTotalSize() }}>
            {status
              ? null
              : items.map((item) => {
                  const row = rowsInView[item.index - firstInView];
                  const data = row.original;
                  const isSelected = selected.has(data.index);
                  return (
                    <tr
                      key={row.id}
                      aria-rowindex={item.index + 2}
                      aria-selected={isSelected}
                      className={isSelected ? "tw-table-row tw-table-row-selected" : "tw-table-row"}
                      style={{ transform: `translateY(${item.start}px)` }}
                      onClick={() => selectRow(data.index)}
                    >
                      {row.getAllCells().map((cell, col) => {
                        const column = visible[col];
                        const isEditing = editing?.index === data.index && editing.key === column.key;
                        return (
                          <td
                            key={cell.id}
                            aria-colindex={col + 1}
                            className={
                              edits.get(data.index)?.[column.key] !== undefined
                                ? "tw-table-cell tw-table-cell-edited"
                                : "tw-table-cell"
                            }
                            style={{ width: cell.column.getSize() }}
                            data-cell={`${item.index}:${col}`}
                            tabIndex={focus.row === item.index && focus.col === col ? 0 : -1}
                            onFocus={() => {
                              if (focus.row !== item.index || focus.col !== col)
                                setFocus({ row: item.index, col });
                            }}
                            onDoubleClick={() => {
                              if (column.isEditable) {
                                setEditing({
                                  index: data.index,
                                  key: column.key,
                                  text: textOf(cell.getValue()),
                                });
                              }
                            }}
                          >
                            {isEditing ? (
                              <input
                                className="tw-table-editor"
                                aria-label={`${column.label}, row ${item.index + 1}`}
                                autoFocus
                                value={editing.text}
                                onClick={(event) => event.stopPropagation()}
                                onChange={(event) =>
                                  setEditing({ ...editing, text: event.currentTarget.value })
                                }
                                onBlur={commitEdit}
                                onKeyDown={(event) => {
                                  if (event.key === "Enter") {
                                    event.preventDefault();
                                    focusPending.current = true;
                                    commitEdit();
                                  } else if (event.key === "Escape") {
                                    event.preventDefault();
                                    focusPending.current = true;
                                    setEditing(null);
                                  }
                                }}
                              />
                            ) : (
                              renderCell(column, cell.getValue(), formatters[col], () =>
                                pressButton(data, column),
                              )
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
          </tbody>
        </table>
        {status ? (
          <div
            className={`tw-table-status tw-table-${status.kind}`}
            role={status.kind === "error" ? "alert" : "status"}
          >
            {status.text}
          </div>
        ) : null}
      </div>
      {serverSide ? (
        <nav className="tw-table-pages" aria-label={`${name} pages`}>
          <button
            type="button"
            className="tw-button tw-button-secondary"
            disabled={meta.pageNo <= 1}
            onClick={() => goToPage(meta.pageNo - 1)}
          >
            Previous
          </button>
          <span aria-live="polite">
            Page {meta.pageNo}
            {pageCount !== undefined ? ` of ${pageCount}` : ""}
          </span>
          <button
            type="button"
            className="tw-button tw-button-secondary"
            disabled={!hasNext}
            onClick={() => goToPage(meta.pageNo + 1)}
          >
            Next
          </button>
        </nav>
      ) : null}
    </div>
  );
}

type Formatter = ((value: unknown) => string) | undefined;

function cellFormatters(columns: readonly TableColumn[]): Formatter[] {
  return columns.map((column) => {
    if (column.type === "number") {
      const format = new Intl.NumberFormat();
      return (value) => (isNumeric(value) ? format.format(Number(value)) : textOf(value));
    }
    if (column.type === "currency") {
      let format: Intl.NumberFormat;
      try {
        format = new Intl.NumberFormat(undefined, { style: "currency", currency: column.currencyCode });
      } catch {
        format = new Intl.NumberFormat(undefined, { style: "currency", currency: "USD" });
      }
      return (value) => (isNumeric(value) ? format.format(Number(value)) : textOf(value));
    }
    if (column.type === "date") {
      const format = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });
      return (value) => {
        const time = typeof value === "number" ? value : Date.parse(String(value));
        return value === null || value === undefined || value === "" || Number.isNaN(time)
          ? textOf(value)
          : format.format(time);
      };
    }
    return undefined;
  });
}

function renderCell(column: TableColumn, value: unknown, format: Formatter, press: () => void): ReactNode {
  switch (column.type) {
    case "boolean":
      return value === true || value === "true" ? "Yes" : value === false || value === "false" ? "No" : "";
    case "link": {
      const href = coerceProp("url", value).value;
      return href ? (
        <a href={href} target="_blank" rel="noopener noreferrer" onClick={(event) => event.stopPropagation()}>
          {textOf(value)}
        </a>
      ) : (
        textOf(value)
      );
    }
    case "image": {
      const src = coerceProp("url", value).value;
      return src ? <img className="tw-table-image" src={src} alt="" loading="lazy" /> : null;
    }
    case "button":
      return (
        <button
          type="button"
          className="tw-button tw-table-button"
          tabIndex={-1}
          onClick={(event) => {
            event.stopPropagation();
            press();
          }}
        >
          {column.buttonLabel || column.label}
        </button>
      );
    default:
      return format ? format(value) : textOf(value);
  }
}

/** An edited cell's text as the column's type: numbers stay numbers, booleans booleans. */
function editedValue(column: TableColumn, text: string, before: unknown): unknown {
  if (
    (column.type === "number" || column.type === "currency" || typeof before === "number") &&
    isNumeric(text)
  ) {
    return Number(text);
  }
  if (column.type === "boolean" || typeof before === "boolean") {
    if (text === "true" || text === "false") return text === "true";
  }
  return text;
}

/** `updatedRows` as Appsmith has it: the row's index, what changed and the row after the change. */
function updatedRowsOf(data: readonly unknown[], edits: ReadonlyMap<number, Record<string, unknown>>) {
  return [...edits].map(([index, updatedFields]) => {
    const original = data[index];
    return { index, updatedFields, allFields: { ...(isRecord(original) ? original : {}), ...updatedFields } };
  });
}

function sortOrderOf(value: Record<string, unknown>): SortOrder {
  const order = value.order === "asc" || value.order === "desc" ? value.order : "";
  return { column: typeof value.column === "string" ? value.column : "", order };
}

function isNumeric(value: unknown): boolean {
  return (
    (typeof value === "number" && Number.isFinite(value)) ||
    (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)))
  );
}

function textOf(value: unknown): string {
  if (value === undefined || value === null) return "";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}
