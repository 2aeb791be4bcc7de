import { defineWidget } from "../WidgetDefinition";

/** Image: shows a picture from a URL. */
export const imageDefinition = defineWidget({
  type: "Image",
  label: "Image",
  icon: "▨",
  defaultSize: { w: 12, h: 12 },
  props: {
    src: { type: "text", default: "" },
    alt: { type: "text", default: "" },
    objectFit: { type: { enum: ["contain", "cover", "fill"] }, default: "contain" },
    isVisible: { type: "boolean", default: true },
  },
  meta: {},
  events: [],
  pane: [
    {
      title: "Content",
      fields: [
        { prop: "src", label: "Source URL", control: "code" },
        { prop: "alt", label: "Alternative text", control: "text" },
      ],
    },
    {
      title: "Style",
      fields: [
        {
          prop: "objectFit",
          label: "Fit",
          control: "select",
          options: [
            { label: "Contain", value: "contain" },
            { label: "Cover", value: "cover" },
            { label: "Fill", value: "fill" },
          ],
        },
        { prop: "isVisible", label: "Visible", control: "switch" },
      ],
    },
  ],
});
