import type { AnyWidgetDefinition } from "./WidgetDefinition";
import { widgetModules } from "./widgetModules";

/** Every widget definition, in palette order. */
export const widgetDefinitions: readonly AnyWidgetDefinition[] = widgetModules.map(
  (module) => module.definition,
);

/** Widget definitions by type name (`"Input"`). */
export const widgetRegistry: ReadonlyMap<string, AnyWidgetDefinition> = new Map(
  widgetDefinitions.map((definition) => [definition.type, definition]),
);

/** The definition of a widget type, or undefined for a type this build does not know. */
export function getWidgetDefinition(type: string): AnyWidgetDefinition | undefined {
  return widgetRegistry.get(type);
}
