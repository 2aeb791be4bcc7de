import { defineWidget } from "../WidgetDefinition";

/** Form: a container whose inputs submit together (Enter in a field runs `onSubmit`). */
export const formDefinition = defineWidget({
  type: "Form",
  label: "Form",
  icon: "☰",
  defaultSize: { w: 24, h: 40 },
  props: {
    title: { type: "text", default: "Form" },
    backgroundColor: { type: "color", default: "#ffffff" },
    isVisible: { type: "boolean", default: true },
  },
  meta: {},
  events: ["onSubmit"],
  isContainer: true,
  pane: [
    {
      title: "General",
      fields: [
        { prop: "title", label: "Title", control: "text" },
        { prop: "backgroundColor", label: "Background", control: "text" },
        { prop: "isVisible", label: "Visible", control: "switch" },
      ],
    },
    {
      title: "Events",
      fields: [{ prop: "onSubmit", label: "onSubmit", control: "event" }],
    },
  ],
});
