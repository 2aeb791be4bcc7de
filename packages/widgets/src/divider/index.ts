import type { WidgetModuleOf } from "../WidgetModule";
import { DividerWidget } from "./DividerWidget";
import dividerCss from "./divider.css?inline";
import { dividerDefinition } from "./dividerDefinition";

export { DividerWidget, dividerDefinition };

/** Divider: its definition and its renderer, as the widget list loads them. */
export const dividerWidget = {
  definition: dividerDefinition,
  Renderer: DividerWidget,
  styles: [dividerCss],
} satisfies WidgetModuleOf<typeof dividerDefinition>;
