import { defineWidget } from "../WidgetDefinition";

/**
 * List: its child widgets are a template repeated per item of `listData`, their bindings
 * reading `currentItem` and `currentIndex`; paged by `pageSize` (0 shows every item).
 */
export const listDefinition = defineWidget({
  type: "List",
  label: "List",
  icon: "☷",
  defaultSize: { w: 24, h: 40 },
  props: {
    listData: {
      type: "array",
      default: [
        { id: 1, name: "Ada Lovelace", role: "Analyst" },
        { id: 2, name: "Grace Hopper", role: "Engineer" },
        { id: 3, name: "Edsger Dijkstra", role: "Architect" },
      ],
    },
    pageSize: { type: "number", default: 0 },
    emptyText: { type: "text", default: "No items" },
    backgroundColor: { type: "color", default: "#ffffff" },
    isVisible: { type: "boolean", default: true },
  },
  meta: {
    pageNo: { type: "number", default: 1 },
    selectedItem: { type: "any", default: null },
    selectedItemIndex: { type: "number", default: -1 },
  },
  events: ["onItemClick"],
  isContainer: true,
  repeat: { items: "listData", pageNo: "pageNo", pageSize: "pageSize" },
  pane: [
    {
      title: "Content",
      fields: [
        {
          prop: "listData",
          label: "Items",
          control: "code",
          help: "An array, such as {{Query1.data}}; the template reads one as {{currentItem.name}}",
        },
        { prop: "pageSize", label: "Items per page", control: "text", help: "0 shows every item" },
        { prop: "emptyText", label: "Text without items", control: "text" },
      ],
    },
    {
      title: "General",
      fields: [
        { prop: "backgroundColor", label: "Background", control: "text" },
        { prop: "isVisible", label: "Visible", control: "switch" },
      ],
    },
    {
      title: "Events",
      fields: [
        {
          prop: "onItemClick",
          label: "onItemClick",
          control: "event",
          help: "Sees the clicked item as currentItem",
        },
      ],
    },
  ],
});
