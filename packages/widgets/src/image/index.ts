import type { WidgetModuleOf } from "../WidgetModule";
import { ImageWidget } from "./ImageWidget";
import { imageDefinition } from "./imageDefinition";

export { ImageWidget, imageDefinition };

/** Image: its definition and its renderer, as the widget list loads them. */
export const imageWidget = {
  definition: imageDefinition,
  Renderer: ImageWidget,
} satisfies WidgetModuleOf<typeof imageDefinition>;
