import type { WidgetModuleOf } from "../WidgetModule";
import { ContainerWidget } from "./ContainerWidget";
import { containerDefinition } from "./containerDefinition";

export { ContainerWidget, containerDefinition };

/** Container: its definition and its renderer, as the widget list loads them. */
export const containerWidget = {
  definition: containerDefinition,
  Renderer: ContainerWidget,
} satisfies WidgetModuleOf<typeof containerDefinition>;
