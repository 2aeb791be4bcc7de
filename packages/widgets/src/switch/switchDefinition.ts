import { defineWidget } from "../WidgetDefinition";

/** Switch: an on/off toggle whose `isOn` bindings can read. */
export const switchDefinition = defineWidget({
  type: "Switch",
  label: "Switch",
  icon: "⏻",
  defaultSize: { w: 12, h: 4 },
  props: {
    label: { type: "text", default: "Label" },
    defaultIsOn: { type: "boolean", default: false },
    isDisabled: { type: "boolean", default: false },
    isVisible: { type: "boolean", default: true },
  },
  meta: {
    isOn: { type: "boolean", default: false },
  },
  events: ["onChange"],
  pane: [
    {
      title: "Content",
      fields: [
        { prop: "label", label: "Label", control: "text" },
        { prop: "defaultIsOn", label: "On by default", control: "switch" },
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
      fields: [{ prop: "onChange", label: "onChange", control: "event" }],
    },
  ],
  metaFromProps: { isOn: "defaultIsOn" },
});
