import type { PropType } from "./WidgetDefinition";

/**
 * Brings an evaluated value to a prop's declared type, the way authors expect from a text
 * field in the property pane: `"true"` is a boolean, `"12"` a number, `'[1,2]'` an array.
 * Returns `ok: false` with a message when the value cannot be read as that type.
 */
export function coercePropValue(
  type: PropType,
  value: unknown,
): { ok: true; value: unknown } | { ok: false; message: string } {
  switch (type) {
    case "any":
      return { ok: true, value };
    case "string":
      if (value === undefined || value === null) return { ok: true, value: "" };
      if (typeof value === "string") return { ok: true, value };
      if (typeof value === "object") return { ok: true, value: safeStringify(value) };
      return { ok: true, value: String(value) };
    case "number": {
      if (typeof value === "number" && Number.isFinite(value)) return { ok: true, value };
      if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) {
        return { ok: true, value: Number(value) };
      }
      if (value === "" || value === undefined || value === null) return { ok: true, value: 0 };
      return { ok: false, message: `expected a number, got ${describe(value)}` };
    }
    case "boolean":
      if (typeof value === "boolean") return { ok: true, value };
      if (value === "true") return { ok: true, value: true };
      if (value === "false" || value === "" || value === undefined || value === null) {
        return { ok: true, value: false };
      }
      return { ok: false, message: `expected true or false, got ${describe(value)}` };
    case "array":
    case "object": {
      let parsed = value;
      if (typeof value === "string") {
        if (value.trim() === "") return { ok: true, value: type === "array" ? [] : {} };
        try {
          parsed = JSON.parse(value);
        } catch {
          return { ok: false, message: `expected ${type === "array" ? "an array" : "an object"} (JSON)` };
        }
      }
      if (type === "array" && Array.isArray(parsed)) return { ok: true, value: parsed };
      if (type === "object" && parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)) {
        return { ok: true, value: parsed };
      }
      if (parsed === undefined || parsed === null) return { ok: true, value: type === "array" ? [] : {} };
      return {
        ok: false,
        message: `expected ${type === "array" ? "an array" : "an object"}, got ${describe(parsed)}`,
      };
    }
  }
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  return typeof value === "string" ? `"${value.slice(0, 40)}"` : typeof value;
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
