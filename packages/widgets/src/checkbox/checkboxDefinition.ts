import { defineWidget } from "../WidgetDefinition";

/** Checkbox: a labelled tick box whose `isChecked` bindings can read. */
export const checkboxDefinition = defineWidget({
  type: "Checkbox",
  label: "Checkbox",
  icon: "☑",
  defaultSize: { w: 12, h: 4 },
  props: {
    label: { type: "text", default: "Label" },
    defaultChecked: { type: "boolean", default: false },
    isDisabled: { type: "boolean", default: false },
    isVisible: { type: "boolean", default: true },
  },
  meta: {
    isChecked: { type: "boolean", default: false },
  },
  events: ["onCheckChange"],
  pane: [
    {
      title: "Content",
      fields: [
        { prop: "label", label: "Label", control: "text" },
        { prop: "defaultChecked", label: "Checked by default", control: "switch" },
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
      fields: [{ prop: "onCheckChange", label: "onCheckChange", control: "event" }],
    },
  ],
  metaFromProps: { isChecked: "defaultChecked" },
});
