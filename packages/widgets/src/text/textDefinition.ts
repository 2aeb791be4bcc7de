import type { WidgetDefinition } from "../WidgetDefinition";

/** Text: shows a string as text, never as HTML. */
export const textDefinition: WidgetDefinition = {
  type: "Text",
  label: "Text",
  icon: "T",
  defaultSize: { w: 16, h: 4 },
  props: {
    text: { type: "string", default: "Label" },
    fontSize: { type: "number", default: 14 },
    textAlign: { type: "string", default: "left" },
    isVisible: { type: "boolean", default: true },
  },
  meta: {},
  events: [],
  pane: [
    {
      title: "Content",
      fields: [{ prop: "text", label: "Text", control: "code" }],
    },
    {
      title: "Style",
      fields: [
        { prop: "fontSize", label: "Font size", control: "text" },
        {
          prop: "textAlign",
          label: "Alignment",
          control: "select",
          options: [
            { label: "Left", value: "left" },
            { label: "Center", value: "center" },
            { label: "Right", value: "right" },
          ],
        },
        { prop: "isVisible", label: "Visible", control: "switch" },
      ],
    },
  ],
};
