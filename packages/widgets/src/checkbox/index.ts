import { widgetModule } from "../WidgetModule";
import { checkboxDefinition } from "./checkboxDefinition";

export { checkboxDefinition };
/** Checkbox: its definition and its renderer, loaded on demand. */
export const checkboxWidget = widgetModule(checkboxDefinition, () =>
  import("./CheckboxWidget").then((m) => m.CheckboxWidget),
);
