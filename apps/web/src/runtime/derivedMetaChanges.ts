import { getWidgetDefinition, widgetMetaOf, widgetPropsOf } from "@tessera/widgets";

/**
 * The meta values that follow from the others (an Input's `isValid`, a DatePicker's
 * `formattedDate`) and differ from what `current` gives: what a host sends the engine, as
 * `[widget, key, value]`, so bindings read them. Widget definitions live on the main thread,
 * so the viewer and the editor's evaluation both derive here.
 */
export function derivedMetaChanges(
  widgets: readonly { name: string; type: string }[],
  current: (widget: string) => Record<string, unknown>,
): [widget: string, key: string, value: unknown][] {
  const changes: [string, string, unknown][] = [];
  for (const widget of widgets) {
    const definition = getWidgetDefinition(widget.type);
    if (!definition?.deriveMeta) continue;
    const values = current(widget.name);
    const derived = definition.deriveMeta(
      widgetPropsOf(definition, values),
      widgetMetaOf(definition, values),
    );
    for (const [key, value] of Object.entries(derived)) {
      if (!sameValue(values[key], value)) changes.push([widget.name, key, value]);
    }
  }
  return changes;
}

/**
 * Equal as the engine would hold them: values come back from the worker as copies, so a
 * derived row or list is compared by content, or it would be sent again after every answer.
 */
function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  return aKeys.every(
    (key) =>
      Object.hasOwn(b, key) &&
      sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}
