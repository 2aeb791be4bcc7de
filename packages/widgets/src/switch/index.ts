import type { WidgetModuleOf } from "../WidgetModule";
import { SwitchWidget } from "./SwitchWidget";
import { switchDefinition } from "./switchDefinition";

export { SwitchWidget, switchDefinition };

/** Switch: its definition and its renderer, as the widget list loads them. */
export const switchWidget = {
  definition: switchDefinition,
  Renderer: SwitchWidget,
} satisfies WidgetModuleOf<typeof switchDefinition>;
