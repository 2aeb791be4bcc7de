import type { WidgetDefinition } from "../WidgetDefinition";

/** One choice of a Select. */
export interface SelectOption {
  label: string;
  value: string;
}

/** Keeps the well-formed `{label, value}` entries of an evaluated `options` prop. */
export function selectOptionsOf(value: unknown): SelectOption[] {
  if (!Array.isArray(value)) return [];
  const options: SelectOption[] = [];
  for (const item of value) {
    if (item === null || typeof item !== "object") continue;
    const { label, value: optionValue } = item as Record<string, unknown>;
    if (optionValue === undefined || optionValue === null) continue;
    options.push({ label: String(label ?? optionValue), value: String(optionValue) });
  }
  return options;
}

/** Select: a labelled dropdown whose `selectedOptionValue` bindings can read. */
export const selectDefinition: WidgetDefinition = {
  type: "Select",
  label: "Select",
  icon: "▾",
  defaultSize: { w: 20, h: 7 },
  props: {
    label: { type: "string", default: "Label" },
    options: {
      type: "array",
      default: [
        { label: "Blue", value: "BLUE" },
        { label: "Green", value: "GREEN" },
      ],
    },
    defaultValue: { type: "string", default: "" },
    placeholder: { type: "string", default: "Select an option" },
    isDisabled: { type: "boolean", default: false },
    isVisible: { type: "boolean", default: true },
  },
  meta: {
    selectedOptionValue: { type: "string", default: "" },
    selectedOptionLabel: { type: "string", default: "" },
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
      selectOptionsOf(props.options).find((option) => option.value === meta.selectedOptionValue)?.label ?? "",
  }),
};
