import { defineWidget } from "../WidgetDefinition";

/** MultiSelect: any number of choices; `selectedOptionValues` bindings can read. */
export const multiSelectDefinition = defineWidget({
  type: "MultiSelect",
  label: "Multi-select",
  icon: "☷",
  defaultSize: { w: 20, h: 12 },
  props: {
    label: { type: "text", default: "Label" },
    options: {
      type: "options",
      default: [
        { label: "Red", value: "RED" },
        { label: "Green", value: "GREEN" },
        { label: "Blue", value: "BLUE" },
      ],
    },
    defaultOptionValues: { type: "array", default: [] },
    isDisabled: { type: "boolean", default: false },
    isVisible: { type: "boolean", default: true },
  },
  meta: {
    selectedOptionValues: { type: "array", default: [] },
    selectedOptionLabels: { type: "array", default: [] },
  },
  events: ["onOptionChange"],
  pane: [
    {
      title: "Content",
      fields: [
        { prop: "label", label: "Label", control: "text" },
        { prop: "options", label: "Options", control: "code", help: "An array of { label, value }" },
        {
          prop: "defaultOptionValues",
          label: "Default values",
          control: "code",
          help: 'An array of values, such as ["RED"]',
        },
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
  metaFromProps: { selectedOptionValues: "defaultOptionValues" },
  deriveMeta: (props, meta) => {
    const chosen = new Set(meta.selectedOptionValues.map(String));
    return {
      selectedOptionLabels: props.options
        .filter((option) => chosen.has(option.value))
        .map((option) => option.label),
    };
  },
});
