import type { WidgetModuleOf } from "../WidgetModule";
import { SelectWidget } from "./SelectWidget";
import { selectDefinition } from "./selectDefinition";

export { SelectWidget, selectDefinition };

/** Select: its definition and its renderer, as the widget list loads them. */
export const selectWidget = {
  definition: selectDefinition,
  Renderer: SelectWidget,
} satisfies WidgetModuleOf<typeof selectDefinition>;
