import type { WidgetModuleOf } from "../WidgetModule";
import { CheckboxWidget } from "./CheckboxWidget";
import { checkboxDefinition } from "./checkboxDefinition";

export { CheckboxWidget, checkboxDefinition };

/** Checkbox: its definition and its renderer, as the widget list loads them. */
export const checkboxWidget = {
  definition: checkboxDefinition,
  Renderer: CheckboxWidget,
} satisfies WidgetModuleOf<typeof checkboxDefinition>;
