export { ButtonWidget } from "./button/ButtonWidget";
export { buttonDefinition } from "./button/buttonDefinition";
export { CheckboxWidget } from "./checkbox/CheckboxWidget";
export { checkboxDefinition } from "./checkbox/checkboxDefinition";
export { coercePropValue } from "./coercePropValue";
export { ContainerWidget } from "./container/ContainerWidget";
export { containerDefinition } from "./container/containerDefinition";
export { defaultPropsOf, initialMetaOf } from "./defaultPropsOf";
export { FormWidget } from "./form/FormWidget";
export { formDefinition } from "./form/formDefinition";
export { ImageWidget } from "./image/ImageWidget";
export { imageDefinition } from "./image/imageDefinition";
export { InputWidget } from "./input/InputWidget";
export { inputDefinition } from "./input/inputDefinition";
export type { InputRules } from "./input/validateInput";
export { validateInput } from "./input/validateInput";
export { GRID_COLUMNS, GRID_ROW_HEIGHT, gridContentHeight, layoutToStyle } from "./layoutToStyle";
export { SelectWidget } from "./select/SelectWidget";
export type { SelectOption } from "./select/selectDefinition";
export { selectDefinition, selectOptionsOf } from "./select/selectDefinition";
export { TextWidget } from "./text/TextWidget";
export { textDefinition } from "./text/textDefinition";
export type {
  GridSize,
  PaneControl,
  PaneField,
  PaneSection,
  PropSpec,
  PropType,
  WidgetDefinition,
  WidgetRendererProps,
} from "./WidgetDefinition";
export { getWidgetDefinition, widgetDefinitions, widgetRegistry } from "./widgetRegistry";
export { getWidgetRenderer } from "./widgetRenderers";
export type { WidgetTypeSpecData } from "./widgetTypeSpecs";
export { widgetTypeSpecOf, widgetTypeSpecs } from "./widgetTypeSpecs";
