import { defineWidget } from "../WidgetDefinition";
import { formatDate } from "./formatDate";

/** DatePicker: a day from a calendar; `selectedDate` (ISO) and `formattedDate` bindings can read. */
export const datePickerDefinition = defineWidget({
  type: "DatePicker",
  label: "Date picker",
  icon: "▦",
  defaultSize: { w: 20, h: 7 },
  props: {
    label: { type: "text", default: "Date" },
    defaultDate: { type: "date", default: "" },
    dateFormat: { type: "text", default: "YYYY-MM-DD" },
    minDate: { type: "date", default: "" },
    maxDate: { type: "date", default: "" },
    placeholder: { type: "text", default: "Select a date" },
    isDisabled: { type: "boolean", default: false },
    isVisible: { type: "boolean", default: true },
  },
  meta: {
    selectedDate: { type: "date", default: "" },
    formattedDate: { type: "text", default: "" },
  },
  events: ["onDateSelected"],
  pane: [
    {
      title: "Content",
      fields: [
        { prop: "label", label: "Label", control: "text" },
        { prop: "defaultDate", label: "Default date", control: "code", help: "ISO, such as 2026-03-31" },
        {
          prop: "dateFormat",
          label: "Display format",
          control: "text",
          help: "YYYY, YY, MMM, MM, M, DD and D, such as DD/MM/YYYY",
        },
        { prop: "placeholder", label: "Placeholder", control: "text" },
      ],
    },
    {
      title: "Validation",
      fields: [
        { prop: "minDate", label: "Earliest date", control: "code" },
        { prop: "maxDate", label: "Latest date", control: "code" },
      ],
    },
    {
      title: "General",
      fields: [
        { prop: "isDisabled", label: "Disabled", control: "switch" },
        { prop: "isVisible", label: "Visible", control: "switch" },
      ],
    },
    {
      title: "Events",
      fields: [{ prop: "onDateSelected", label: "onDateSelected", control: "event" }],
    },
  ],
  metaFromProps: { selectedDate: "defaultDate" },
  deriveMeta: (props, meta) => ({ formattedDate: formatDate(meta.selectedDate, props.dateFormat) }),
});
