import { widgetModule } from "../WidgetModule";
import { containerDefinition } from "./containerDefinition";

export { containerDefinition };
/** Container: its definition and its renderer, loaded on demand. */
export const containerWidget = widgetModule(containerDefinition, () =>
  import("./ContainerWidget").then((m) => m.ContainerWidget),
);
