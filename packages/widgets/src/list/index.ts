import type { WidgetModuleOf } from "../WidgetModule";
import { ListWidget } from "./ListWidget";
import { listDefinition } from "./listDefinition";

export { ListWidget, listDefinition };

/** List: its definition and its renderer, as the widget list loads them. */
export const listWidget = {
  definition: listDefinition,
  Renderer: ListWidget,
} satisfies WidgetModuleOf<typeof listDefinition>;
