import type { WidgetModuleOf } from "../WidgetModule";
import { ButtonWidget } from "./ButtonWidget";
import { buttonDefinition } from "./buttonDefinition";

export { ButtonWidget, buttonDefinition };

/** Button: its definition and its renderer, as the widget list loads them. */
export const buttonWidget = {
  definition: buttonDefinition,
  Renderer: ButtonWidget,
} satisfies WidgetModuleOf<typeof buttonDefinition>;
