import { buttonDefinition } from "./button/buttonDefinition";
import { checkboxDefinition } from "./checkbox/checkboxDefinition";
import { containerDefinition } from "./container/containerDefinition";
import { formDefinition } from "./form/formDefinition";
import { imageDefinition } from "./image/imageDefinition";
import { inputDefinition } from "./input/inputDefinition";
import { selectDefinition } from "./select/selectDefinition";
import { textDefinition } from "./text/textDefinition";
import type { WidgetDefinition } from "./WidgetDefinition";

/** Every widget type, in palette order. */
export const widgetDefinitions: readonly WidgetDefinition[] = [
  textDefinition,
  inputDefinition,
  buttonDefinition,
  checkboxDefinition,
  selectDefinition,
  imageDefinition,
  containerDefinition,
  formDefinition,
];

/** Widget definitions by type name (`"Input"`). */
export const widgetRegistry: ReadonlyMap<string, WidgetDefinition> = new Map(
  widgetDefinitions.map((definition) => [definition.type, definition]),
);

/** The definition of a widget type, or undefined for a type this build does not know. */
export function getWidgetDefinition(type: string): WidgetDefinition | undefined {
  return widgetRegistry.get(type);
}
