import { buttonWidget } from "./button";
import { checkboxWidget } from "./checkbox";
import { containerWidget } from "./container";
import { formWidget } from "./form";
import { imageWidget } from "./image";
import { inputWidget } from "./input";
import { selectWidget } from "./select";
import { textWidget } from "./text";
import type { WidgetModule } from "./WidgetModule";

/**
 * Every widget type, in palette order: the one list the registry, the palette and the
 * renderers read. A new widget is a folder whose index exports its module, and one line here.
 */
export const widgetModules: readonly WidgetModule[] = [
  textWidget,
  inputWidget,
  buttonWidget,
  checkboxWidget,
  selectWidget,
  imageWidget,
  containerWidget,
  formWidget,
];
