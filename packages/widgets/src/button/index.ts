import { widgetModule } from "../WidgetModule";
import { buttonDefinition } from "./buttonDefinition";

export { buttonDefinition };
/** Button: its definition and its renderer, loaded on demand. */
export const buttonWidget = widgetModule(buttonDefinition, () =>
  import("./ButtonWidget").then((m) => m.ButtonWidget),
);
