import { widgetModule } from "../WidgetModule";
import { selectDefinition } from "./selectDefinition";

export { selectDefinition };
/** Select: its definition and its renderer, loaded on demand. */
export const selectWidget = widgetModule(selectDefinition, () =>
  import("./SelectWidget").then((m) => m.SelectWidget),
);
