import { buttonWidget } from "./button";
import { inputWidget } from "./input";
import { textWidget } from "./text";
import type { WidgetModule } from "./WidgetModule";

// Each renderer takes the props of its own definition; the registry hands it exactly those.
const erased = (module: { definition: unknown; Renderer: unknown }) => module as WidgetModule;

/** A widget type by name, and the loader of its folder (definition and renderer). */
export interface WidgetEntry {
  type: string;
  load: () => Promise<WidgetModule>;
  /** The module itself, for a type that comes with the registry: loaded from the start. */
  module?: WidgetModule;
}

/**
 * A type that comes with the registry rather than in a chunk of its own. Text, Input and
 * Button are on nearly every page (the flagship's LoginPage shows only them): bundled, such a
 * page waits for no widget chunk at all, where four more requests competed with the viewer's
 * script for the browser's six connections (bench viewer, LoginPage interactive).
 */
const bundled = (type: string, module: { definition: unknown; Renderer: unknown }): WidgetEntry => ({
  type,
  module: erased(module),
  load: async () => erased(module),
});

/**
 * Every widget type, in palette order: the one list the registry, the palette and the
 * renderers read. Each folder but the bundled ones is a chunk of its own in a build, so a
 * deployed page loads only the widget types it shows. A new widget is a folder whose index
 * exports its module, and one line here.
 */
export const widgetModules: readonly WidgetEntry[] = [
  bundled("Text", textWidget),
  bundled("Input", inputWidget),
  bundled("Button", buttonWidget),
  { type: "Checkbox", load: () => import("./checkbox").then((m) => erased(m.checkboxWidget)) },
  { type: "Select", load: () => import("./select").then((m) => erased(m.selectWidget)) },
  { type: "Switch", load: () => import("./switch").then((m) => erased(m.switchWidget)) },
  { type: "RadioGroup", load: () => import("./radioGroup").then((m) => erased(m.radioGroupWidget)) },
  { type: "MultiSelect", load: () => import("./multiSelect").then((m) => erased(m.multiSelectWidget)) },
  { type: "DatePicker", load: () => import("./datePicker").then((m) => erased(m.datePickerWidget)) },
  { type: "Image", load: () => import("./image").then((m) => erased(m.imageWidget)) },
  { type: "Divider", load: () => import("./divider").then((m) => erased(m.dividerWidget)) },
  { type: "Iframe", load: () => import("./iframe").then((m) => erased(m.iframeWidget)) },
  { type: "Container", load: () => import("./container").then((m) => erased(m.containerWidget)) },
  { type: "Form", load: () => import("./form").then((m) => erased(m.formWidget)) },
  { type: "Tabs", load: () => import("./tabs").then((m) => erased(m.tabsWidget)) },
  { type: "List", load: () => import("./list").then((m) => erased(m.listWidget)) },
  { type: "Chart", load: () => import("./chart").then((m) => erased(m.chartWidget)) },
  { type: "Table", load: () => import("./table").then((m) => erased(m.tableWidget)) },
  { type: "Modal", load: () => import("./modal").then((m) => erased(m.modalWidget)) },
  { type: "UiModule", load: () => import("./uiModule").then((m) => erased(m.uiModuleWidget)) },
];
