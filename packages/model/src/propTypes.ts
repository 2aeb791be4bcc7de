/**
 * The value types of a widget prop, as plain data (they cross to the engine's worker).
 * Most are a name; an enum lists its allowed values.
 * @example const align: PropType = { enum: ["left", "center", "right"] };
 */
export type PropType =
  | "text"
  | "number"
  | "boolean"
  | "array"
  | "object"
  | "options"
  | "color"
  | "url"
  | "date"
  | "json"
  | "any"
  | EnumPropType;

/** A text that must be one of `values`. */
export interface EnumPropType {
  enum: readonly string[];
}

/** One choice of an `options` prop (Select, RadioGroup, MultiSelect). */
export interface PropOption {
  label: string;
  value: string;
}

/**
 * The TypeScript type a prop of `T` holds once coerced: `PropValue<"number">` is `number`,
 * `PropValue<{ enum: readonly ["a", "b"] }>` is `"a" | "b"`.
 */
export type PropValue<T extends PropType> = T extends "text" | "color" | "url" | "date"
  ? string
  : T extends "number"
    ? number
    : T extends "boolean"
      ? boolean
      : T extends "array"
        ? unknown[]
        : T extends "object"
          ? Record<string, unknown>
          : T extends "options"
            ? PropOption[]
            : T extends { enum: readonly (infer V)[] }
              ? V
              : unknown;

/** Builds an enum prop type, keeping its values as literal types. */
export function enumPropType<const V extends readonly string[]>(values: V): { enum: V } {
  return { enum: values };
}
