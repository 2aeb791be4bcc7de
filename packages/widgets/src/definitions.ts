import type { EngineWidgets, Widget } from "@tessera/model";
import { buttonDefinition } from "./button/buttonDefinition";
import { chartDefinition } from "./chart/chartDefinition";
import { checkboxDefinition } from "./checkbox/checkboxDefinition";
import { containerDefinition } from "./container/containerDefinition";
import { datePickerDefinition } from "./datePicker/datePickerDefinition";
import { dividerDefinition } from "./divider/dividerDefinition";
import { engineWidgetProps } from "./engineWidgetProps";
import { formDefinition } from "./form/formDefinition";
import { iframeDefinition } from "./iframe/iframeDefinition";
import { imageDefinition } from "./image/imageDefinition";
import { inputDefinition } from "./input/inputDefinition";
import { listDefinition } from "./list/listDefinition";
import { migrateWidget } from "./migrateWidget";
import { modalDefinition } from "./modal/modalDefinition";
import { multiSelectDefinition } from "./multiSelect/multiSelectDefinition";
import { radioGroupDefinition } from "./radioGroup/radioGroupDefinition";
import { selectDefinition } from "./select/selectDefinition";
import { switchDefinition } from "./switch/switchDefinition";
import { tableDefinition } from "./table/tableDefinition";
import { tabsDefinition } from "./tabs/tabsDefinition";
import { textDefinition } from "./text/textDefinition";
import { uiModuleDefinition } from "./uiModule/uiModuleDefinition";
import type { AnyWidgetDefinition } from "./WidgetDefinition";

/**
 * Every widget definition, in palette order, without renderers, styles or React: what code
 * that shows no widget (the server compiling a deployment) needs of the widget types. The
 * browser loads definitions per type through widgetModules.ts instead; definitions.test.ts
 * fails when the two lists differ.
 */
export const widgetDefinitionList: readonly AnyWidgetDefinition[] = [
  textDefinition,
  inputDefinition,
  buttonDefinition,
  checkboxDefinition,
  selectDefinition,
  switchDefinition,
  radioGroupDefinition,
  multiSelectDefinition,
  datePickerDefinition,
  imageDefinition,
  dividerDefinition,
  iframeDefinition,
  containerDefinition,
  formDefinition,
  tabsDefinition,
  listDefinition,
  chartDefinition,
  tableDefinition,
  modalDefinition,
  uiModuleDefinition,
];

/**
 * A stored widget's props as the engine evaluates them, by the given definitions: migrated to
 * its type's current version, then its derived props laid over (a Table's parsed columns and
 * computed values), as the viewer does before it starts the engine.
 */
export function engineWidgetsOf(definitions: readonly AnyWidgetDefinition[]): EngineWidgets {
  const byType = new Map(definitions.map((definition) => [definition.type, definition]));
  const definitionOf = (type: string) => byType.get(type);
  return {
    engineProps: (widget: Widget) =>
      engineWidgetProps(definitionOf(widget.type), widget.name, migrateWidget(widget, definitionOf).props),
  };
}

/**
 * The widget types of this build as the model's compileSnapshotCode takes them.
 * @example compileSnapshotCode(snapshot, engineWidgets)
 */
export const engineWidgets: EngineWidgets = engineWidgetsOf(widgetDefinitionList);
