import choicesCss from "../choices.css?inline";
import type { WidgetModuleOf } from "../WidgetModule";
import { ListWidget } from "./ListWidget";
import listCss from "./list.css?inline";
import { listDefinition } from "./listDefinition";

export { ListWidget, listDefinition };

/** List: its definition and its renderer, as the widget list loads them. */
export const listWidget = {
  definition: listDefinition,
  Renderer: ListWidget,
  styles: [choicesCss, listCss],
} satisfies WidgetModuleOf<typeof listDefinition>;
