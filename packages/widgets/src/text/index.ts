import { widgetModule } from "../WidgetModule";
import { textDefinition } from "./textDefinition";

export { textDefinition };
/** Text: its definition and its renderer, loaded on demand. */
export const textWidget = widgetModule(textDefinition, () =>
  import("./TextWidget").then((m) => m.TextWidget),
);
