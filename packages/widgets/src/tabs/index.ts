import type { WidgetModuleOf } from "../WidgetModule";
import { TabsWidget } from "./TabsWidget";
import { tabsDefinition } from "./tabsDefinition";

export { TabsWidget, tabsDefinition };

/** Tabs: its definition and its renderer, as the widget list loads them. */
export const tabsWidget = {
  definition: tabsDefinition,
  Renderer: TabsWidget,
} satisfies WidgetModuleOf<typeof tabsDefinition>;
