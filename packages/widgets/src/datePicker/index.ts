import dayPickerCss from "react-day-picker/style.css?inline";
import type { WidgetModuleOf } from "../WidgetModule";
import { DatePickerWidget } from "./DatePickerWidget";
import datePickerCss from "./datePicker.css?inline";
import { datePickerDefinition } from "./datePickerDefinition";

export { DatePickerWidget, datePickerDefinition };

/** DatePicker: its definition and its renderer, as the widget list loads them. */
export const datePickerWidget = {
  definition: datePickerDefinition,
  Renderer: DatePickerWidget,
  styles: [dayPickerCss, datePickerCss],
} satisfies WidgetModuleOf<typeof datePickerDefinition>;
