import { widgetModule } from "../WidgetModule";
import { imageDefinition } from "./imageDefinition";

export { imageDefinition };
/** Image: its definition and its renderer, loaded on demand. */
export const imageWidget = widgetModule(imageDefinition, () =>
  import("./ImageWidget").then((m) => m.ImageWidget),
);
