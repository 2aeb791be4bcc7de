import type { WidgetModuleOf } from "../WidgetModule";
import { UiModuleWidget } from "./UiModuleWidget";
import { uiModuleDefinition } from "./uiModuleDefinition";

export { UiModuleWidget, uiModuleDefinition };

/** A UI module's instance: its definition and its renderer, as the widget list loads them. */
export const uiModuleWidget = {
  definition: uiModuleDefinition,
  Renderer: UiModuleWidget,
} satisfies WidgetModuleOf<typeof uiModuleDefinition>;
