import type { PageDoc } from "@tessera/model";
import { clampInt, GRID_COLUMNS, MAX_HEIGHT, MAX_ROW } from "./grid";

export interface ResizeWidgetArgs {
  id: string;
  /** The new box in grid cells; a handle on the left or top edge changes x or y too. */
  x?: number;
  y?: number;
  w: number;
  h: number;
}

/**
 * Resizes a widget to at least one cell, keeping it inside the 64 columns: a width that
 * would overflow the right edge is cut at it rather than shifting the widget.
 */
export function resizeWidget(doc: PageDoc, args: ResizeWidgetArgs): PageDoc {
  const widget = doc.widgets.find((w) => w.id === args.id);
  if (!widget) return doc;
  const x = clampInt(args.x ?? widget.layout.x, 0, GRID_COLUMNS - 1);
  const y = clampInt(args.y ?? widget.layout.y, 0, MAX_ROW);
  const w = clampInt(args.w, 1, GRID_COLUMNS - x);
  const h = clampInt(args.h, 1, MAX_HEIGHT);
  const l = widget.layout;
  if (x === l.x && y === l.y && w === l.w && h === l.h) return doc;
  return {
    ...doc,
    widgets: doc.widgets.map((item) => (item.id === args.id ? { ...item, layout: { x, y, w, h } } : item)),
  };
}
