import type { PageDoc } from "@tessera/model";
import { clampInt, GRID_COLUMNS, MAX_ROW } from "./grid";
import type { Shortcut } from "./shortcut";
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
}

/**
 * Moves a widget to a grid position, clamped so it stays inside the 64 columns, and
 * optionally into another parent. A move into itself or one of its descendants is refused
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
  const x = clampInt(args.x, 0, GRID_COLUMNS - widget.layout.w);
  const y = clampInt(args.y, 0, MAX_ROW);
  if (x === widget.layout.x && y === widget.layout.y && parentId === widget.parentId) return doc;
  return {
    ...doc,
    widgets: doc.widgets.map((w) =>
      w.id === args.id ? { ...w, parentId, layout: { ...w.layout, x, y } } : w,
    ),
  };
}

/** Arrow keys nudge the selection by one column or row. */
export const nudgeShortcuts: Record<"left" | "right" | "up" | "down", Shortcut> = {
  left: { keys: ["ArrowLeft"], label: "←" },
  right: { keys: ["ArrowRight"], label: "→" },
  up: { keys: ["ArrowUp"], label: "↑" },
  down: { keys: ["ArrowDown"], label: "↓" },
};

/** Moves each widget of `ids` by (dx, dy) grid cells inside its current parent. */
export function nudgeWidgets(
  doc: PageDoc,
  args: { ids: readonly string[]; dx: number; dy: number },
): PageDoc {
  let next = doc;
  for (const id of args.ids) {
    const w = next.widgets.find((widget) => widget.id === id);
    if (w) next = moveWidget(next, { id, x: w.layout.x + args.dx, y: w.layout.y + args.dy });
  }
  return next;
}
