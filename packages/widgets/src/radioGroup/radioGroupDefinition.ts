import { defineWidget } from "../WidgetDefinition";

/** RadioGroup: one choice out of a few, all in view; `selectedOptionValue` bindings can read. */
export const radioGroupDefinition = defineWidget({
  type: "RadioGroup",
  label: "Radio group",
  icon: "◉",
  defaultSize: { w: 20, h: 10 },
  props: {
    label: { type: "text", default: "Label" },
    options: {
      type: "options",
      default: [
        { label: "Yes", value: "Y" },
        { label: "No", value: "N" },
      ],
    },
    defaultOptionValue: { type: "text", default: "Y" },
    isDisabled: { type: "boolean", default: false },
    isVisible: { type: "boolean", default: true },
  },
  meta: {
    selectedOptionValue: { type: "text", default: "" },
  },
  events: ["onSelectionChange"],
  pane: [
    {
      title: "Content",
      fields: [
        { prop: "label", label: "Label", control: "text" },
        { prop: "options", label: "Options", control: "code", help: "An array of { label, value }" },
        { prop: "defaultOptionValue", label: "Default value", control: "code" },
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
      fields: [{ prop: "onSelectionChange", label: "onSelectionChange", control: "event" }],
    },
  ],
  metaFromProps: { selectedOptionValue: "defaultOptionValue" },
});
