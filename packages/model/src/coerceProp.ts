import type { PropOption, PropType, PropValue } from "./propTypes";

/** A prop value brought to its type; `error` says what was wrong with the value given. */
export interface CoercedProp<T extends PropType = PropType> {
  value: PropValue<T>;
  error?: string;
}

/**
 * Brings a value to a prop's type: the one rule the engine (evaluated bindings and static
 * props) and the widgets' hosts both apply. Lossless readings are made the way authors expect
 * from a text field in the property pane: `"12"` is a number, `"true"` a boolean and JSON text
 * an array, object or list of options. Empty input (`undefined`, `null`, `""`) is the type's
 * empty value. A value that cannot be read as the type gets an `error` and the type's empty
 * value, so a renderer always receives its declared type.
 *
 * @example coerceProp("options", '[{"label":"A","value":"a"}]') // { value: [{ label: "A", value: "a" }] }
 * @example coerceProp("number", "twelve") // { value: 0, error: 'This value does not evaluate to a number: got string "twelve"' }
 */
export function coerceProp<T extends PropType>(type: T, value: unknown): CoercedProp<T> {
  return coerce(type, value) as CoercedProp<T>;
}

function coerce(type: PropType, value: unknown): CoercedProp {
  if (typeof type === "object") return coerceEnum(type.enum, value);
  switch (type) {
    case "any":
      return { value };
    case "json":
      return coerceJson(value);
    case "text":
      return coerceText(value);
    case "number":
      return coerceNumber(value);
    case "boolean":
      if (typeof value === "boolean") return { value };
      if (value === "true" || value === "false") return { value: value === "true" };
      if (isEmpty(value)) return { value: false };
      return mismatch(value, "true or false", false);
    case "array":
      return coerceStructured(value, "array");
    case "object":
      return coerceStructured(value, "object");
    case "options":
      return coerceOptions(value);
    case "color":
      return coerceChecked(value, "a CSS color", (text) => COLOR.test(text));
    case "url":
      return coerceChecked(value, "an http(s) URL", isWebUrl);
    case "date":
      return coerceDate(value);
  }
}

function isEmpty(value: unknown): value is undefined | null | "" {
  return value === undefined || value === null || value === "";
}

function coerceText(value: unknown): CoercedProp {
  if (typeof value === "string") return { value };
  if (value === undefined || value === null) return { value: "" };
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    return { value: String(value) };
  }
  // Shown as JSON so the author sees what the binding gave, and flagged: text was expected.
  const shown = typeof value === "object" && !(value instanceof Promise) ? jsonText(value) : "";
  return mismatch(value, "text", shown);
}

function coerceNumber(value: unknown): CoercedProp {
  if (typeof value === "number" && !Number.isNaN(value)) return { value };
  if (isEmpty(value)) return { value: 0 };
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) {
    return { value: Number(value) };
  }
  return mismatch(value, "a number", 0);
}

/** JSON text of an array or object is parsed: what the pane's help for such props invites. */
function coerceStructured(value: unknown, type: "array" | "object"): CoercedProp {
  const empty = type === "array" ? [] : {};
  const expected = type === "array" ? "an array" : "an object";
  if (isEmpty(value)) return { value: empty };
  const parsed = typeof value === "string" ? parseJson(value) : value;
  if (type === "array" ? Array.isArray(parsed) : isPlainObject(parsed)) return { value: parsed };
  return mismatch(value, expected, empty);
}

function coerceOptions(value: unknown): CoercedProp {
  const list = coerceStructured(value, "array");
  if (list.error) return { value: [], error: list.error.replace("an array", "an array of { label, value }") };
  const options: PropOption[] = [];
  let error: string | undefined;
  (list.value as unknown[]).forEach((item, index) => {
    if (typeof item === "string" || typeof item === "number") {
      options.push({ label: String(item), value: String(item) });
      return;
    }
    const { label, value: optionValue } = isPlainObject(item) ? item : {};
    if (optionValue === undefined || optionValue === null) {
      error ??= `This value does not evaluate to an array of { label, value }: item ${index} has no value`;
      return;
    }
    options.push({ label: String(label ?? optionValue), value: String(optionValue) });
  });
  // The well-formed options stay usable while the author fixes the others.
  return error ? { value: options, error } : { value: options };
}

function coerceEnum(values: readonly string[], value: unknown): CoercedProp {
  const first = values[0] ?? "";
  if (isEmpty(value)) return { value: first };
  const text = typeof value === "number" || typeof value === "boolean" ? String(value) : value;
  if (typeof text === "string" && values.includes(text)) return { value: text };
  return mismatch(value, `one of ${values.join(", ")}`, first);
}

function coerceJson(value: unknown): CoercedProp {
  if (typeof value === "function" || value instanceof Promise) return mismatch(value, "JSON", null);
  if (typeof value !== "string") return { value };
  const parsed = parseJson(value);
  // Text that is not JSON stays text: a JSON prop holds any value, JSON text only gets read.
  return { value: parsed === NOT_JSON ? value : parsed };
}

function coerceChecked(value: unknown, expected: string, check: (text: string) => boolean): CoercedProp {
  if (value === undefined || value === null) return { value: "" };
  if (typeof value !== "string") return mismatch(value, expected, "");
  const text = value.trim();
  if (text === "" || check(text)) return { value: text };
  return mismatch(value, expected, "");
}

function coerceDate(value: unknown): CoercedProp {
  if (isEmpty(value)) return { value: "" };
  if (value instanceof Date || typeof value === "number") {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? mismatch(value, "a date", "") : { value: date.toISOString() };
  }
  if (typeof value === "string" && ISO_DATE.test(value.trim()) && !Number.isNaN(Date.parse(value))) {
    return { value: value.trim() };
  }
  return mismatch(value, "a date (ISO 8601, such as 2026-03-31)", "");
}

/** `#rgb`, `#rrggbb(aa)`, `rgb()`/`hsl()` forms and named colors. */
const COLOR = /^(#[0-9a-f]{3,4}|#[0-9a-f]{6}|#[0-9a-f]{8}|(rgba?|hsla?)\([^()]*\)|[a-z]+)$/i;
/** `2026-03-31`, optionally with a time and zone. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Absolute http(s) URLs and paths on the app's own origin; `javascript:` and the like never. */
function isWebUrl(text: string): boolean {
  if (text.startsWith("/") && !text.startsWith("//")) return true;
  try {
    const { protocol } = new URL(text);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}

const NOT_JSON = Symbol("not JSON");

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function jsonText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? "";
  } catch {
    return String(value);
  }
}

function mismatch(value: unknown, expected: string, empty: unknown): CoercedProp {
  return { value: empty, error: `This value does not evaluate to ${expected}: got ${describeValue(value)}` };
}

/** A short description of a value for an error message: its kind and a glimpse of it. */
export function describeValue(value: unknown): string {
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === "number" && Number.isNaN(value)) return "NaN";
  if (typeof value === "function") return "a function";
  if (value instanceof Promise) return "a Promise";
  if (typeof value === "object" && value !== null) return "an object";
  const text = typeof value === "string" ? JSON.stringify(value) : String(value);
  return `${typeof value} ${text.length > 40 ? `${text.slice(0, 40)}…` : text}`;
}
