import { widgetModule } from "../WidgetModule";
import { formDefinition } from "./formDefinition";

export { formDefinition };
/** Form: its definition and its renderer, loaded on demand. */
export const formWidget = widgetModule(formDefinition, () =>
  import("./FormWidget").then((m) => m.FormWidget),
);
