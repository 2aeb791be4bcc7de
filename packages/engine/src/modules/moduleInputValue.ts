import { describeValue, MODULE_INPUT_TYPES, type ModuleInputType } from "@tessera/model";

export { MODULE_INPUT_TYPES, type ModuleInputType };

/** How an input type reads in an error message: "text", "a number", ... */
export function describeInputType(type: ModuleInputType): string {
  switch (type) {
    case "text":
      return "text";
    case "number":
      return "a number";
    case "boolean":
      return "true or false";
    case "object":
      return "an object";
    case "array":
      return "an array";
    case "any":
      return "any value";
  }
}

/**
 * A static input text (a default, or a value an app sets without `{{ }}`) as a value of the
 * input's type: `"5"` is 5 for a number, `"true"` is true for a boolean, JSON for objects and
 * arrays. Text that does not convert stays text, so the check at run names it.
 *
 * @example staticInputValue("5", "number") // 5
 */
export function staticInputValue(text: string, type: ModuleInputType): unknown {
  switch (type) {
    case "text":
    case "any":
      return text;
    case "number":
      return text.trim() !== "" && Number.isFinite(Number(text)) ? Number(text) : text;
    case "boolean":
      return text === "true" ? true : text === "false" ? false : text;
    case "object":
    case "array":
      try {
        return JSON.parse(text);
      } catch {
        return text;
      }
  }
}

/** True when an input counts as not given: no value, null or empty text. */
export function isMissingInput(value: unknown): boolean {
  return value === undefined || value === null || value === "";
}

/**
 * Whether a value fits an input's type; a missing value fits every type (whether it may be
 * missing is `required`'s question). Null when it fits, else what it got, for the message.
 *
 * @example inputTypeMismatch(5, "text") // "number 5"
 */
export function inputTypeMismatch(value: unknown, type: ModuleInputType): string | null {
  if (isMissingInput(value)) return null;
  const fits =
    type === "any" ||
    (type === "text" && typeof value === "string") ||
    (type === "number" && typeof value === "number" && Number.isFinite(value)) ||
    (type === "boolean" && typeof value === "boolean") ||
    (type === "array" && Array.isArray(value)) ||
    (type === "object" && typeof value === "object" && value !== null && !Array.isArray(value));
  return fits ? null : describeValue(value);
}

/**
 * What is wrong with an input's value, in words, from `inputTypeMismatch`'s answer (null: it
 * has no value). `what` names the input as its caller knows it: "input email", "prop title".
 *
 * @example inputProblem("prop title", "text", "number 5") // "prop title must be text, got number 5"
 */
export function inputProblem(what: string, type: ModuleInputType, got: string | null): string {
  const expected = describeInputType(type);
  return got === null
    ? `${what} is required (${expected}) and has no value`
    : `${what} must be ${expected}, got ${got}`;
}
