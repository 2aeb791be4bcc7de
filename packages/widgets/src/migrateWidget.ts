import type { Widget } from "@tessera/model";
import type { AnyWidgetDefinition } from "./WidgetDefinition";

/**
 * Brings a stored widget's props to its definition's current `version`, one `migrate` step
 * per version. A widget stored without a version is at version 1; a widget of a type this
 * build does not know, or already current, comes back as it is (the same object).
 * `definitionOf` is the registry's getWidgetDefinition in a browser, and the definitions'
 * own lookup where no renderer may load (definitions.ts).
 */
export function migrateWidget(
  widget: Widget,
  definitionOf: (type: string) => AnyWidgetDefinition | undefined,
): Widget {
  const definition = definitionOf(widget.type);
  const current = definition?.version ?? 1;
  const stored = widget.version ?? 1;
  if (!definition?.migrate || stored >= current) return widget;
  let props = widget.props;
  for (let version = stored; version < current; version++) props = definition.migrate(props, version);
  return { ...widget, props, version: current };
}

/** `migrateWidget` over a page's widgets; returns the same array when none changed. */
export function migrateWidgets(
  widgets: Widget[],
  definitionOf: (type: string) => AnyWidgetDefinition | undefined,
): Widget[] {
  let changed = false;
  const migrated = widgets.map((widget) => {
    const next = migrateWidget(widget, definitionOf);
    if (next !== widget) changed = true;
    return next;
  });
  return changed ? migrated : widgets;
}
