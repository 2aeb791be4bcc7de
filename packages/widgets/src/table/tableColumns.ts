import { parseSegments } from "@tessera/engine";

/** How a Table column shows its values. */
export const COLUMN_TYPES = [
  "text",
  "number",
  "currency",
  "date",
  "boolean",
  "link",
  "image",
  "button",
] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

/** A column as the author configures it in the `columns` prop; every field but `key` optional. */
export interface ColumnConfig {
  key: string;
  label?: string;
  type?: ColumnType;
  isVisible?: boolean;
  /** Pixels. */
  width?: number;
  /** `{{currentRow.price * 2}}`: the cell shows this instead of the row's own value. */
  computedValue?: string;
  isEditable?: boolean;
  /** A button column's text (its handler is the Table's `onClick:<key>` prop). */
  buttonLabel?: string;
  /** ISO 4217 code of a currency column (default USD). */
  currencyCode?: string;
}

/** A column as the Table shows it: every setting resolved. */
export interface TableColumn {
  key: string;
  label: string;
  type: ColumnType;
  isVisible: boolean;
  width: number;
  isComputed: boolean;
  isEditable: boolean;
  buttonLabel: string;
  currencyCode: string;
}

export const DEFAULT_COLUMN_WIDTH = 150;
/** Rows looked at for keys and types: enough to find sparse keys, cheap for 100,000 rows. */
const SAMPLE_ROWS = 50;

/**
 * The Table's columns: the configured ones first, in their order, then the keys found in the
 * data that the configuration does not mention, in first-seen order. A configured column may
 * be one the data lacks (a computed or button column). Types not configured are read from
 * the first values: numbers, booleans, http(s) links and ISO dates; the rest is text.
 * @example deriveColumns([{ id: 1, name: "Ada" }], [{ key: "name", label: "Name" }]) // name, then id
 */
export function deriveColumns(rows: readonly unknown[], config: unknown): TableColumn[] {
  const configured = columnConfigsOf(config);
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const row of rows.slice(0, SAMPLE_ROWS)) {
    if (!isRecord(row)) continue;
    for (const key of Object.keys(row)) {
      if (!seen.has(key)) {
        seen.add(key);
        keys.push(key);
      }
    }
  }
  const byKey = new Map(configured.map((column) => [column.key, column]));
  const order = [...configured.map((column) => column.key), ...keys.filter((key) => !byKey.has(key))];
  return order.map((key) => {
    const given = byKey.get(key) ?? { key };
    const type = given.type ?? inferType(rows, key);
    return {
      key,
      label: given.label?.trim() ? given.label : key,
      type,
      isVisible: given.isVisible !== false,
      width: given.width && given.width > 0 ? given.width : DEFAULT_COLUMN_WIDTH,
      isComputed: typeof given.computedValue === "string" && given.computedValue.trim() !== "",
      isEditable: given.isEditable === true && type !== "button",
      buttonLabel: given.buttonLabel ?? "",
      currencyCode: given.currencyCode ?? "USD",
    };
  });
}

/** The well-formed entries of a `columns` prop; the rest (no key, a repeated key) are skipped. */
export function columnConfigsOf(config: unknown): ColumnConfig[] {
  if (!Array.isArray(config)) return [];
  const columns: ColumnConfig[] = [];
  const keys = new Set<string>();
  for (const entry of config) {
    if (!isRecord(entry) || typeof entry.key !== "string" || entry.key === "" || keys.has(entry.key))
      continue;
    keys.add(entry.key);
    columns.push({
      key: entry.key,
      label: typeof entry.label === "string" ? entry.label : undefined,
      type: COLUMN_TYPES.includes(entry.type as ColumnType) ? (entry.type as ColumnType) : undefined,
      isVisible: typeof entry.isVisible === "boolean" ? entry.isVisible : undefined,
      width: typeof entry.width === "number" ? entry.width : undefined,
      computedValue: typeof entry.computedValue === "string" ? entry.computedValue : undefined,
      isEditable: typeof entry.isEditable === "boolean" ? entry.isEditable : undefined,
      buttonLabel: typeof entry.buttonLabel === "string" ? entry.buttonLabel : undefined,
      currencyCode: typeof entry.currencyCode === "string" ? entry.currencyCode : undefined,
    });
  }
  return columns;
}

/**
 * The binding the engine evaluates for a Table's computed columns, from their `{{currentRow.x}}`
 * texts: one array of values per column, over the Table's own `tableData`, so a computed value
 * follows the data like any binding. Undefined when no column is computed.
 * @example computedValuesBinding("Table1", [{ key: "total", computedValue: "{{currentRow.qty * 2}}" }])
 * // '{{ ({"total": Table1.tableData.map((currentRow, currentIndex) => ((currentRow.qty * 2)))}) }}'
 */
export function computedValuesBinding(tableName: string, config: unknown): string | undefined {
  const parts: string[] = [];
  for (const column of columnConfigsOf(config)) {
    const text = column.computedValue?.trim();
    if (!text) continue;
    parts.push(
      `${JSON.stringify(column.key)}: ${tableName}.tableData.map((currentRow, currentIndex) => (${templateExpression(text)}))`,
    );
  }
  return parts.length === 0 ? undefined : `{{ ({${parts.join(", ")}}) }}`;
}

/** A `{{ }}` text as one JS expression: a lone binding keeps its value, mixed text joins as a string. */
function templateExpression(text: string): string {
  const segments = parseSegments(text);
  if (segments.length === 1 && segments[0].kind === "binding") return `(${segments[0].expression})`;
  const pieces = segments.map((segment) =>
    segment.kind === "binding" ? `String((${segment.expression}) ?? "")` : JSON.stringify(segment.text),
  );
  return pieces.length === 0 ? '""' : pieces.join(" + ");
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function inferType(rows: readonly unknown[], key: string): ColumnType {
  for (const row of rows.slice(0, SAMPLE_ROWS)) {
    const value = isRecord(row) ? row[key] : undefined;
    if (value === undefined || value === null || value === "") continue;
    if (typeof value === "number") return "number";
    if (typeof value === "boolean") return "boolean";
    if (typeof value === "string" && /^https?:\/\//i.test(value)) return "link";
    if (typeof value === "string" && ISO_DATE.test(value)) return "date";
    return "text";
  }
  return "text";
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
