import choicesCss from "../choices.css?inline";
import type { WidgetModuleOf } from "../WidgetModule";
import { TabsWidget } from "./TabsWidget";
import tabsCss from "./tabs.css?inline";
import { tabsDefinition } from "./tabsDefinition";

export { TabsWidget, tabsDefinition };

/** Tabs: its definition and its renderer, as the widget list loads them. */
export const tabsWidget = {
  definition: tabsDefinition,
  Renderer: TabsWidget,
  styles: [choicesCss, tabsCss],
} satisfies WidgetModuleOf<typeof tabsDefinition>;
