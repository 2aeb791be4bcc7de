import type { WidgetModuleOf } from "../WidgetModule";
import { ChartWidget } from "./ChartWidget";
import { chartDefinition } from "./chartDefinition";

export { ChartWidget, chartDefinition };

/** Chart: its definition and its renderer, as the widget list loads them. */
export const chartWidget = {
  definition: chartDefinition,
  Renderer: ChartWidget,
} satisfies WidgetModuleOf<typeof chartDefinition>;
