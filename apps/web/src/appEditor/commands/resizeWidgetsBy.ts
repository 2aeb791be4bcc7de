import type { PageDoc } from "@tessera/model";
import { resizeWidget } from "./resizeWidget";
import type { Shortcut } from "./shortcut";

/** Shift+arrows resize the selection by one cell: the keyboard path of the resize handles. */
export const resizeShortcuts: Record<"narrower" | "wider" | "shorter" | "taller", Shortcut> = {
  narrower: { keys: ["ArrowLeft"], shift: true, label: "Shift+←" },
  wider: { keys: ["ArrowRight"], shift: true, label: "Shift+→" },
  shorter: { keys: ["ArrowUp"], shift: true, label: "Shift+↑" },
  taller: { keys: ["ArrowDown"], shift: true, label: "Shift+↓" },
};

/** Grows or shrinks each widget of `ids` by (dw, dh) cells, keeping its top-left corner. */
export function resizeWidgetsBy(
  doc: PageDoc,
  args: { ids: readonly string[]; dw: number; dh: number },
): PageDoc {
  let next = doc;
  for (const id of args.ids) {
    const w = next.widgets.find((widget) => widget.id === id);
    if (w) next = resizeWidget(next, { id, w: w.layout.w + args.dw, h: w.layout.h + args.dh });
  }
  return next;
}
