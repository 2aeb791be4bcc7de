import { defineWidget } from "../WidgetDefinition";

/** Iframe: another web page inside the app, sandboxed; only http(s) addresses are shown. */
export const iframeDefinition = defineWidget({
  type: "Iframe",
  label: "Iframe",
  icon: "⧉",
  defaultSize: { w: 32, h: 30 },
  props: {
    src: { type: "url", default: "" },
    title: { type: "text", default: "Embedded page" },
    isVisible: { type: "boolean", default: true },
  },
  meta: {},
  events: [],
  pane: [
    {
      title: "Content",
      fields: [
        { prop: "src", label: "Source URL", control: "code", help: "An http(s) address" },
        { prop: "title", label: "Title", control: "text", help: "Names the frame for screen readers" },
      ],
    },
    {
      title: "General",
      fields: [{ prop: "isVisible", label: "Visible", control: "switch" }],
    },
  ],
});
