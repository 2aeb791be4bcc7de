import type { AnyWidgetDefinition } from "./WidgetDefinition";

/**
 * A widget's props as the engine and the first paint take them: the stored ones with its
 * definition's `derivedProps` laid over. The same object when there are none.
 * @example engineWidgetProps(getWidgetDefinition("Table"), "Table1", widget.props)
 */
export function engineWidgetProps(
  definition: AnyWidgetDefinition | undefined,
  name: string,
  props: Record<string, unknown>,
): Record<string, unknown> {
  if (!definition?.derivedProps) return props;
  const derived = definition.derivedProps(name, props);
  return Object.keys(derived).length === 0 ? props : { ...props, ...derived };
}
