import type { WidgetModuleOf } from "../WidgetModule";
import { prepareTable, TableWidget } from "./TableWidget";
import tableCss from "./table.css?inline";
import { tableDefinition } from "./tableDefinition";

export { TableWidget, tableDefinition };

/** Table: its definition and its renderer, as the widget list loads them. */
export const tableWidget = {
  definition: tableDefinition,
  Renderer: TableWidget,
  styles: [tableCss],
  prepare: prepareTable,
} satisfies WidgetModuleOf<typeof tableDefinition>;
