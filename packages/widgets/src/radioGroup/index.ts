import type { WidgetModuleOf } from "../WidgetModule";
import { RadioGroupWidget } from "./RadioGroupWidget";
import { radioGroupDefinition } from "./radioGroupDefinition";

export { RadioGroupWidget, radioGroupDefinition };

/** RadioGroup: its definition and its renderer, as the widget list loads them. */
export const radioGroupWidget = {
  definition: radioGroupDefinition,
  Renderer: RadioGroupWidget,
} satisfies WidgetModuleOf<typeof radioGroupDefinition>;
