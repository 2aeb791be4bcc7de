import { defineWidget } from "../WidgetDefinition";

/** Container: groups child widgets on its own grid. */
export const containerDefinition = defineWidget({
  type: "Container",
  label: "Container",
  icon: "▢",
  defaultSize: { w: 24, h: 30 },
  props: {
    backgroundColor: { type: "color", default: "#ffffff" },
    isVisible: { type: "boolean", default: true },
  },
  meta: {},
  events: [],
  isContainer: true,
  pane: [
    {
      title: "General",
      fields: [
        { prop: "backgroundColor", label: "Background", control: "text" },
        { prop: "isVisible", label: "Visible", control: "switch" },
      ],
    },
  ],
});
