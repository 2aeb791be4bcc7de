import { defineWidget } from "../WidgetDefinition";

/**
 * Modal: a dialog holding widgets, opened by `showModal('Modal1')` and closed by
 * `closeModal('Modal1')`, Escape, its close button or a click on the backdrop.
 */
export const modalDefinition = defineWidget({
  type: "Modal",
  label: "Modal",
  icon: "◰",
  defaultSize: { w: 32, h: 40 },
  isContainer: true,
  props: {
    title: { type: "text", default: "Modal title" },
    canEscapeClose: { type: "boolean", default: true },
    canOutsideClickClose: { type: "boolean", default: true },
    showCloseButton: { type: "boolean", default: true },
  },
  meta: {
    isOpen: { type: "boolean", default: false },
  },
  events: ["onClose"],
  pane: [
    {
      title: "Content",
      fields: [{ prop: "title", label: "Title", control: "text" }],
    },
    {
      title: "Closing",
      fields: [
        { prop: "canEscapeClose", label: "Close with Escape", control: "switch" },
        { prop: "canOutsideClickClose", label: "Close on a click outside", control: "switch" },
        { prop: "showCloseButton", label: "Close button", control: "switch" },
      ],
    },
    {
      title: "Events",
      fields: [
        {
          prop: "onClose",
          label: "onClose",
          control: "event",
          help: "Runs when the visitor closes it (Escape, the close button, outside)",
        },
      ],
    },
  ],
});
