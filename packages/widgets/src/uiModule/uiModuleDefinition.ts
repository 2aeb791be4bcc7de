import { UI_MODULE_WIDGET_TYPE } from "@tessera/model";
import { defineWidget } from "../WidgetDefinition";

/**
 * A UI module's instance in an app: the module's widgets inside, laid out by the model's
 * `expandUiModules`. Its props, outputs and events come from the module's pinned version, so
 * the pane's fields are the module's (see the app editor); it is placed from its package's
 * palette section, never from the widget list.
 */
export const uiModuleDefinition = defineWidget({
  type: UI_MODULE_WIDGET_TYPE,
  label: "UI module",
  icon: "▣",
  defaultSize: { w: 24, h: 30 },
  props: {
    isVisible: { type: "boolean", default: true },
  },
  meta: {},
  events: [],
  isContainer: true,
  inPalette: false,
  pane: [{ title: "General", fields: [{ prop: "isVisible", label: "Visible", control: "switch" }] }],
});
