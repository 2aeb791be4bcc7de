import { coercePropValue, type WidgetDefinition } from "@tessera/widgets";

/**
 * A widget's evaluated props in the types its renderer expects. A prop whose evaluation
 * failed (undefined, with an error beside it) or has the wrong type becomes its type's empty
 * value, never the binding text.
 */
export function widgetPropsOf(
  definition: WidgetDefinition,
  values: Record<string, unknown> | undefined,
): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(definition.props)) {
    let coerced = coercePropValue(spec.type, values?.[key]);
    if (!coerced.ok) coerced = coercePropValue(spec.type, undefined);
    props[key] = coerced.ok ? coerced.value : undefined;
  }
  return props;
}
