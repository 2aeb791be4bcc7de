import choicesCss from "../choices.css?inline";
import type { WidgetModuleOf } from "../WidgetModule";
import { ChartWidget } from "./ChartWidget";
import chartCss from "./chart.css?inline";
import { chartDefinition } from "./chartDefinition";

export { ChartWidget, chartDefinition };

/** Chart: its definition and its renderer, as the widget list loads them. */
export const chartWidget = {
  definition: chartDefinition,
  Renderer: ChartWidget,
  styles: [choicesCss, chartCss],
} satisfies WidgetModuleOf<typeof chartDefinition>;
