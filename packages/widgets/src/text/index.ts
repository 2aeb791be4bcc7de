import type { WidgetModuleOf } from "../WidgetModule";
import { TextWidget } from "./TextWidget";
import { textDefinition } from "./textDefinition";

export { TextWidget, textDefinition };

/** Text: its definition and its renderer, as the widget list loads them. */
export const textWidget = {
  definition: textDefinition,
  Renderer: TextWidget,
} satisfies WidgetModuleOf<typeof textDefinition>;
