import type { PropType } from "../runtime/types";

/** A property value after its type check: the value to use, and what was wrong, if anything. */
export interface CheckedValue {
  value: unknown;
  error?: string;
}

/**
 * Checks an evaluated property against its declared type. Lossless conversions are made as
 * Appsmith makes them (a number where text is expected is shown as text, "12" is a number);
 * anything else is an error and the value becomes undefined so the widget falls back to its
 * default.
 */
export function checkPropType(value: unknown, type: PropType): CheckedValue {
  switch (type) {
    case "any":
      return { value };
    case "string":
      if (typeof value === "string") return { value };
      if (value === undefined || value === null) return { value: "" };
      if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
        return { value: String(value) };
      }
      return mismatch(value, "text");
    case "number":
      if (typeof value === "number" && !Number.isNaN(value)) return { value };
      if (value === undefined || value === null || value === "") return { value: undefined };
      if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) {
        return { value: Number(value) };
      }
      return mismatch(value, "a number");
    case "boolean":
      if (typeof value === "boolean") return { value };
      if (value === "true" || value === "false") return { value: value === "true" };
      if (value === undefined || value === null || value === "") return { value: false };
      return mismatch(value, "true or false");
    case "array":
      if (Array.isArray(value)) return { value };
      if (value === undefined || value === null) return { value: [] };
      return mismatch(value, "an array");
    case "object":
      if (typeof value === "object" && value !== null && !Array.isArray(value)) return { value };
      if (value === undefined || value === null) return { value: {} };
      return mismatch(value, "an object");
  }
}

function mismatch(value: unknown, expected: string): CheckedValue {
  return {
    value: undefined,
    error: `This value does not evaluate to ${expected}: got ${describeValue(value)}`,
  };
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
