import type { WidgetModuleOf } from "../WidgetModule";
import { SwitchWidget } from "./SwitchWidget";
import switchCss from "./switch.css?inline";
import { switchDefinition } from "./switchDefinition";

export { SwitchWidget, switchDefinition };

/** Switch: its definition and its renderer, as the widget list loads them. */
export const switchWidget = {
  definition: switchDefinition,
  Renderer: SwitchWidget,
  styles: [switchCss],
} satisfies WidgetModuleOf<typeof switchDefinition>;
