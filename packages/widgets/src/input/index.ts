import type { WidgetModuleOf } from "../WidgetModule";
import { InputWidget } from "./InputWidget";
import { inputDefinition } from "./inputDefinition";

export { InputWidget, inputDefinition };

/** Input: its definition and its renderer, as the widget list loads them. */
export const inputWidget = {
  definition: inputDefinition,
  Renderer: InputWidget,
} satisfies WidgetModuleOf<typeof inputDefinition>;
