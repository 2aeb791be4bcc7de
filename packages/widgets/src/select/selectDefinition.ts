import { defineWidget } from "../WidgetDefinition";

/** Select: a labelled dropdown whose `selectedOptionValue` bindings can read. */
export const selectDefinition = defineWidget({
  type: "Select",
  label: "Select",
  icon: "▾",
  defaultSize: { w: 20, h: 7 },
  props: {
    label: { type: "text", default: "Label" },
    options: {
      type: "options",
      default: [
        { label: "Blue", value: "BLUE" },
        { label: "Green", value: "GREEN" },
      ],
    },
    defaultValue: { type: "text", default: "" },
    placeholder: { type: "text", default: "Select an option" },
    isDisabled: { type: "boolean", default: false },
    isVisible: { type: "boolean", default: true },
  },
  meta: {
    selectedOptionValue: { type: "text", default: "" },
    selectedOptionLabel: { type: "text", default: "" },
  },
  events: ["onOptionChange"],
  pane: [
    {
      title: "Content",
      fields: [
        { prop: "label", label: "Label", control: "text" },
        { prop: "options", label: "Options", control: "code", help: "An array of { label, value }" },
        { prop: "defaultValue", label: "Default value", control: "code" },
        { prop: "placeholder", label: "Placeholder", control: "text" },
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
      fields: [{ prop: "onOptionChange", label: "onOptionChange", control: "event" }],
    },
  ],
  metaFromProps: { selectedOptionValue: "defaultValue" },
  deriveMeta: (props, meta) => ({
    selectedOptionLabel:
      props.options.find((option) => option.value === meta.selectedOptionValue)?.label ?? "",
  }),
});
