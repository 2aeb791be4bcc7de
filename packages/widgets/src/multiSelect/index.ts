import choicesCss from "../choices.css?inline";
import type { WidgetModuleOf } from "../WidgetModule";
import { MultiSelectWidget } from "./MultiSelectWidget";
import { multiSelectDefinition } from "./multiSelectDefinition";

export { MultiSelectWidget, multiSelectDefinition };

/** MultiSelect: its definition and its renderer, as the widget list loads them. */
export const multiSelectWidget = {
  definition: multiSelectDefinition,
  Renderer: MultiSelectWidget,
  styles: [choicesCss],
} satisfies WidgetModuleOf<typeof multiSelectDefinition>;
