import { defineWidget } from "../WidgetDefinition";

/** Button: runs `onClick`, showing a spinner and staying disabled until it settles. */
export const buttonDefinition = defineWidget({
  type: "Button",
  label: "Button",
  icon: "▭",
  defaultSize: { w: 12, h: 4 },
  props: {
    label: { type: "text", default: "Submit" },
    variant: { type: { enum: ["primary", "secondary"] }, default: "primary" },
    isDisabled: { type: "boolean", default: false },
    /** Disabled while the container or form holding the button has an invalid input. */
    disabledWhenInvalid: { type: "boolean", default: false },
    isVisible: { type: "boolean", default: true },
  },
  meta: {},
  events: ["onClick"],
  pane: [
    {
      title: "Content",
      fields: [{ prop: "label", label: "Label", control: "text" }],
    },
    {
      title: "General",
      fields: [
        { prop: "isDisabled", label: "Disabled", control: "switch" },
        { prop: "disabledWhenInvalid", label: "Disabled when form is invalid", control: "switch" },
        { prop: "isVisible", label: "Visible", control: "switch" },
        {
          prop: "variant",
          label: "Style",
          control: "select",
          options: [
            { label: "Primary", value: "primary" },
            { label: "Secondary", value: "secondary" },
          ],
        },
      ],
    },
    {
      title: "Events",
      fields: [{ prop: "onClick", label: "onClick", control: "event" }],
    },
  ],
});
