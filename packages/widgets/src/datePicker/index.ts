import type { WidgetModuleOf } from "../WidgetModule";
import { DatePickerWidget } from "./DatePickerWidget";
import { datePickerDefinition } from "./datePickerDefinition";

export { DatePickerWidget, datePickerDefinition };

/** DatePicker: its definition and its renderer, as the widget list loads them. */
export const datePickerWidget = {
  definition: datePickerDefinition,
  Renderer: DatePickerWidget,
} satisfies WidgetModuleOf<typeof datePickerDefinition>;
