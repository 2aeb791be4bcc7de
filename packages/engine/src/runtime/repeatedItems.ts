import { type ItemsPage, pageOfItems } from "@tessera/model";
import type { RepeatSpec, RuntimePage } from "./types";

/** The items a repeating widget shows now, from its evaluated entity and its spec. */
export function repeatedItems(entity: Record<string, unknown>, repeat: RepeatSpec): ItemsPage {
  const items = entity[repeat.items];
  const pageNo = repeat.pageNo ? Number(entity[repeat.pageNo]) : 1;
  const pageSize = repeat.pageSize ? Number(entity[repeat.pageSize]) : 0;
  return pageOfItems(Array.isArray(items) ? items : [], pageNo, pageSize);
}

/** The locals a template sees for the item at `row` of the page shown. */
export function itemLocals(page: ItemsPage, row: number): { currentItem: unknown; currentIndex: number } {
  return { currentItem: page.items[row], currentIndex: page.firstIndex + row };
}

/**
 * The entity name under which the engine publishes a template widget's values for one row of
 * the page shown (`Text1[2]`). Brackets cannot appear in a widget name, so it never clashes,
 * and user code cannot name it.
 */
export function rowEntityName(widget: string, row: number): string {
  return `${widget}[${row}]`;
}

/** The repeating widget (List) whose template each widget sits in, by widget name: the nearest one up. */
export function templatesOf(page: RuntimePage): Map<string, string> {
  const parentOf = new Map(page.widgets.map((widget) => [widget.name, widget.parent]));
  const typeOf = new Map(page.widgets.map((widget) => [widget.name, widget.type]));
  const templates = new Map<string, string>();
  for (const widget of page.widgets) {
    const seen = new Set<string>();
    for (
      let parent = widget.parent;
      parent !== undefined && !seen.has(parent);
      parent = parentOf.get(parent)
    ) {
      seen.add(parent);
      if (page.widgetTypes[typeOf.get(parent) ?? ""]?.repeat) {
        templates.set(widget.name, parent);
        break;
      }
    }
  }
  return templates;
}
