import type { PageDoc } from "@tessera/model";
import { parentWidthOnPage } from "./columnsInParent";
import { clampInt, GRID_COLUMNS, MAX_ROW } from "./grid";
import { withDescendants } from "./widgetTree";

export interface MoveWidgetArgs {
  id: string;
  x: number;
  y: number;
  /**
   * The new parent: a Container or Form id, or null for the page. Left out, the widget stays
   * in its parent. The caller decides which widget types accept children.
   */
  parentId?: string | null;
  /**
   * The part of the new parent it lands in (a Tabs widget's tab), with `parentId`: absent,
   * the parent's first or only part.
   */
  slot?: string;
}

/**
 * Moves a widget to a grid position, clamped so it stays inside the 64 columns, and
 * optionally into another parent, its width rescaled to that parent's grid. A move into itself or one of its descendants is refused
 * (the doc comes back unchanged) because it would cut the subtree off the page.
 */
export function moveWidget(doc: PageDoc, args: MoveWidgetArgs): PageDoc {
  const widget = doc.widgets.find((w) => w.id === args.id);
  if (!widget) return doc;
  let parentId = args.parentId === undefined ? widget.parentId : args.parentId;
  if (parentId !== null) {
    if (!doc.widgets.some((w) => w.id === parentId)) parentId = widget.parentId;
    if (parentId !== null && withDescendants(doc.widgets, [widget.id]).has(parentId)) return doc;
  }
  // Every parent has 64 columns of its own: a widget changing parent keeps its width on screen.
  const w =
    parentId === widget.parentId
      ? widget.layout.w
      : clampInt(
          (widget.layout.w * parentWidthOnPage(doc, widget.parentId)) / parentWidthOnPage(doc, parentId),
          1,
          GRID_COLUMNS,
        );
  const x = clampInt(args.x, 0, GRID_COLUMNS - w);
  const y = clampInt(args.y, 0, MAX_ROW);
  // A drop names the part it lands in; a move within the parent (a nudge) keeps it.
  const slot = args.parentId === undefined ? widget.slot : parentId === null ? undefined : args.slot;
  if (
    x === widget.layout.x &&
    y === widget.layout.y &&
    parentId === widget.parentId &&
    slot === widget.slot
  ) {
    return doc;
  }
  return {
    ...doc,
    widgets: doc.widgets.map((item) => {
      if (item.id !== args.id) return item;
      const { slot: _slot, ...rest } = item;
      return { ...rest, parentId, layout: { ...item.layout, x, y, w }, ...(slot ? { slot } : {}) };
    }),
  };
}
