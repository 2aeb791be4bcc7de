import { enumPropType } from "@tessera/model";
import { defineWidget } from "../WidgetDefinition";

export const chartKinds = enumPropType(["line", "bar", "pie"]);

/** Chart: a line, bar or pie chart of `chartData` (points `{ x, y }`, or several series). */
export const chartDefinition = defineWidget({
  type: "Chart",
  label: "Chart",
  icon: "◔",
  defaultSize: { w: 32, h: 32 },
  props: {
    title: { type: "text", default: "Sales" },
    chartType: { type: chartKinds, default: "bar" },
    chartData: {
      type: "json",
      default: [
        { x: "Mon", y: 12 },
        { x: "Tue", y: 19 },
        { x: "Wed", y: 8 },
        { x: "Thu", y: 15 },
      ],
    },
    xAxisLabel: { type: "text", default: "" },
    yAxisLabel: { type: "text", default: "" },
    isVisible: { type: "boolean", default: true },
  },
  meta: {},
  events: [],
  pane: [
    {
      title: "Content",
      fields: [
        { prop: "title", label: "Title", control: "text" },
        {
          prop: "chartType",
          label: "Type",
          control: "select",
          options: [
            { label: "Bar", value: "bar" },
            { label: "Line", value: "line" },
            { label: "Pie", value: "pie" },
          ],
        },
        {
          prop: "chartData",
          label: "Data",
          control: "code",
          help: "An array of { x, y }, or of series { name, data: [{ x, y }] }, such as {{Query1.data}}",
        },
        { prop: "xAxisLabel", label: "x-axis label", control: "text" },
        { prop: "yAxisLabel", label: "y-axis label", control: "text" },
      ],
    },
    {
      title: "General",
      fields: [{ prop: "isVisible", label: "Visible", control: "switch" }],
    },
  ],
});
