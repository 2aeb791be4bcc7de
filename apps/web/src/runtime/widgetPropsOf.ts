import { coercePropValue, type WidgetDefinition } from "@tessera/widgets";

/**
 * A widget's evaluated props in the types its renderer expects. A prop the widget does not
 * set takes its definition's default; a prop whose evaluation failed (it has an error) or
 * whose value has the wrong type becomes its type's empty value, never the binding text.
 */
export function widgetPropsOf(
  definition: WidgetDefinition,
  values: Record<string, unknown> | undefined,
  errors?: Record<string, string>,
): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(definition.props)) {
    const value = values?.[key];
    if (value === undefined && !errors?.[key]) {
      props[key] = spec.default;
      continue;
    }
    let coerced = coercePropValue(spec.type, value);
    if (!coerced.ok) coerced = coercePropValue(spec.type, undefined);
    props[key] = coerced.ok ? coerced.value : undefined;
  }
  return props;
}
