export { buttonDefinition } from "./button";
export { checkboxDefinition } from "./checkbox";
export { containerDefinition } from "./container";
export { defaultPropsOf, initialMetaOf } from "./defaultPropsOf";
export { formDefinition } from "./form";
export { imageDefinition } from "./image";
export { inputDefinition } from "./input";
export type { InputRules } from "./input/validateInput";
export { validateInput } from "./input/validateInput";
export { GRID_COLUMNS, GRID_ROW_HEIGHT, gridContentHeight, layoutToStyle } from "./layoutToStyle";
export { migrateWidget, migrateWidgets } from "./migrateWidget";
export { selectDefinition } from "./select";
export { textDefinition } from "./text";
export type {
  AnyWidgetDefinition,
  GridSize,
  PaneControl,
  PaneField,
  PaneSection,
  PropSpec,
  PropSpecs,
  PropValues,
  WidgetDefinition,
  WidgetRendererProps,
} from "./WidgetDefinition";
export { defineWidget } from "./WidgetDefinition";
export type { WidgetModule } from "./WidgetModule";
export { widgetModule } from "./WidgetModule";
export { widgetModules } from "./widgetModules";
export { widgetMetaOf, widgetPropsOf } from "./widgetPropsOf";
export { getWidgetDefinition, widgetDefinitions, widgetRegistry } from "./widgetRegistry";
export { getWidgetRenderer, loadWidgetRenderer, preloadWidgetRenderers } from "./widgetRenderers";
export type { WidgetTypeSpecData } from "./widgetTypeSpecs";
export { widgetTypeSpecOf, widgetTypeSpecs } from "./widgetTypeSpecs";
