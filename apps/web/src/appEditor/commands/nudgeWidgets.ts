import type { PageDoc } from "@tessera/model";
import { moveWidget } from "./moveWidget";
import type { Shortcut } from "./shortcut";

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
