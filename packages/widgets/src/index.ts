export { defaultPropsOf, initialMetaOf } from "./defaultPropsOf";
export { engineWidgetProps } from "./engineWidgetProps";
export type { InputRules } from "./input/validateInput";
export { validateInput } from "./input/validateInput";
/** Which part of a container of several (a Tabs tab) a child shows in. */
export { isInSlot } from "./isInSlot";
export { GRID_COLUMNS, GRID_ROW_HEIGHT, gridContentHeight, layoutToStyle } from "./layoutToStyle";
export { migrateWidget, migrateWidgets } from "./migrateWidget";
export type {
  AnyWidgetDefinition,
  EventName,
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
export type { WidgetModule, WidgetModuleOf } from "./WidgetModule";
export type { WidgetEntry } from "./widgetModules";
export { widgetModules } from "./widgetModules";
export { widgetMetaOf, widgetPropsOf } from "./widgetPropsOf";
export {
  getWidgetDefinition,
  getWidgetRenderer,
  isKnownWidgetType,
  loadedWidgetsVersion,
  loadWidgets,
  prepareWidgets,
  widgetDefinitions,
  widgetTypes,
} from "./widgetRegistry";
export type { WidgetTypeSpecData } from "./widgetTypeSpecs";
export { widgetTypeSpecOf, widgetTypeSpecs } from "./widgetTypeSpecs";
