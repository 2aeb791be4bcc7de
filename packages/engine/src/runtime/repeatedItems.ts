import { type ItemsPage, pageOfItems } from "@tessera/model";
import type { RepeatSpec } from "./types";

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
