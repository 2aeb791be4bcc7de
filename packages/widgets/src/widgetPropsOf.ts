import { coerceProp } from "@tessera/model";
import type { AnyWidgetDefinition, PropSpecs, PropValues } from "./WidgetDefinition";

/**
 * A widget's evaluated props in the types its renderer expects, by model's `coerceProp` (the
 * rule the engine applies too). A prop the widget does not set takes its definition's
 * default; a prop whose evaluation failed (it has an error) or whose value has the wrong type
 * becomes its type's empty value, never the binding text.
 */
export function widgetPropsOf<D extends AnyWidgetDefinition>(
  definition: D,
  values: Record<string, unknown> | undefined,
  errors?: Record<string, string>,
): PropValues<D["props"]> {
  return coerceAll(definition.props, values, errors) as PropValues<D["props"]>;
}

/** A widget's meta values in their declared types; unset ones take their defaults. */
export function widgetMetaOf<D extends AnyWidgetDefinition>(
  definition: D,
  values: Record<string, unknown> | undefined,
): PropValues<D["meta"]> {
  return coerceAll(definition.meta, values) as PropValues<D["meta"]>;
}

function coerceAll(
  specs: PropSpecs,
  values: Record<string, unknown> | undefined,
  errors?: Record<string, string>,
): Record<string, unknown> {
  const typed: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(specs)) {
    const value = values?.[key];
    typed[key] =
      value === undefined && !errors?.[key]
        ? spec.default
        : coerceProp(spec.type, errors?.[key] ? undefined : value).value;
  }
  return typed;
}
