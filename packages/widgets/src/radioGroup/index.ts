import choicesCss from "../choices.css?inline";
import type { WidgetModuleOf } from "../WidgetModule";
import { RadioGroupWidget } from "./RadioGroupWidget";
import { radioGroupDefinition } from "./radioGroupDefinition";

export { RadioGroupWidget, radioGroupDefinition };

/** RadioGroup: its definition and its renderer, as the widget list loads them. */
export const radioGroupWidget = {
  definition: radioGroupDefinition,
  Renderer: RadioGroupWidget,
  styles: [choicesCss],
} satisfies WidgetModuleOf<typeof radioGroupDefinition>;
