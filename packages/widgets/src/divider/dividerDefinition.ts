import { defineWidget } from "../WidgetDefinition";

/** Divider: a line that separates parts of a page. */
export const dividerDefinition = defineWidget({
  type: "Divider",
  label: "Divider",
  icon: "―",
  defaultSize: { w: 24, h: 2 },
  props: {
    orientation: { type: { enum: ["horizontal", "vertical"] }, default: "horizontal" },
    color: { type: "color", default: "#c5c9d0" },
    thickness: { type: "number", default: 1 },
    isVisible: { type: "boolean", default: true },
  },
  meta: {},
  events: [],
  pane: [
    {
      title: "Style",
      fields: [
        {
          prop: "orientation",
          label: "Orientation",
          control: "select",
          options: [
            { label: "Horizontal", value: "horizontal" },
            { label: "Vertical", value: "vertical" },
          ],
        },
        { prop: "color", label: "Color", control: "text" },
        { prop: "thickness", label: "Thickness (px)", control: "text" },
        { prop: "isVisible", label: "Visible", control: "switch" },
      ],
    },
  ],
});
