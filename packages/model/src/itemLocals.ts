import type { PageDoc, Widget } from "./page";
import type { EntityFacts, PageEntities } from "./pageEntities";

/** The names a List gives its template's code and its own events: one item and its index. */
export const ITEM_LOCALS = ["currentItem", "currentIndex"] as const;

/**
 * The names a widget's code sees besides the page's: `currentItem` and `currentIndex` in
 * every property of a widget inside a repeating widget's (List's) template, and in the
 * repeating widget's own events. Empty everywhere else.
 */
export function itemLocalsOf(
  doc: Pick<PageDoc, "widgets">,
  widget: Widget,
  isEvent: boolean,
  widgetTypes: Record<string, { repeat?: unknown }>,
): readonly string[] {
  if (isEvent && widgetTypes[widget.type]?.repeat) return ITEM_LOCALS;
  const byId = new Map(doc.widgets.map((w) => [w.id, w]));
  const seen = new Set<string>();
  for (
    let parent = byId.get(widget.parentId ?? "");
    parent && !seen.has(parent.id);
    parent = byId.get(parent.parentId ?? "")
  ) {
    seen.add(parent.id);
    if (widgetTypes[parent.type]?.repeat) return ITEM_LOCALS;
  }
  return [];
}

/** `page` with `locals` as names too, whose members are not known (so never flagged). */
export function withLocalEntities(page: PageEntities, locals: readonly string[]): PageEntities {
  if (locals.length === 0) return page;
  const entities = new Map(page.entities);
  for (const name of locals) {
    const facts: EntityFacts = {
      name,
      kind: "local",
      detail: "this item of the List",
      members: [],
      complete: false,
    };
    entities.set(name, facts);
  }
  return { ...page, entities };
}
