import { defineWidget } from "../WidgetDefinition";

/** Text: shows a string as text, never as HTML. */
export const textDefinition = defineWidget({
  type: "Text",
  label: "Text",
  icon: "T",
  defaultSize: { w: 16, h: 4 },
  props: {
    text: { type: "text", default: "Label" },
    fontSize: { type: "number", default: 14 },
    textAlign: { type: { enum: ["left", "center", "right"] }, default: "left" },
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
});
