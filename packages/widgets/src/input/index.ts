import { widgetModule } from "../WidgetModule";
import { inputDefinition } from "./inputDefinition";

export { inputDefinition };
/** Input: its definition and its renderer, loaded on demand. */
export const inputWidget = widgetModule(inputDefinition, () =>
  import("./InputWidget").then((m) => m.InputWidget),
);
