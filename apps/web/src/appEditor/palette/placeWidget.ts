import { useEditorStore } from "../../store/editorStore";
import { dropTargetAt } from "../canvas/dropTargetAt";
import { gridPoint } from "../canvas/gridPoint";
import { addWidget } from "../commands/addWidget";
import { columnsInParent } from "../commands/columnsInParent";
import type { DocTarget } from "../docTarget";
import { newEntityId } from "../newEntityId";
import { type PaletteItem, paletteItemDefaults } from "./paletteItem";

/**
 * Adds the item's widget with its top-left corner at a screen point of the canvas (inside
 * the Container or Form under it, if any) and selects it. Returns false when the point is off
 * the canvas.
 */
export function placeWidget(target: DocTarget, item: PaletteItem, clientX: number, clientY: number): boolean {
  const added = paletteItemDefaults(item);
  const drop = dropTargetAt(clientX, clientY, new Set());
  if (!added || !drop) return false;
  const cell = gridPoint(drop.box, clientX, clientY);
  const id = newEntityId();
  const store = useEditorStore.getState();
  target.edit((doc) =>
    addWidget(doc, {
      ...added,
      id,
      type: item.type,
      x: cell.x,
      y: cell.y,
      parentId: drop.parentId,
      slot: drop.slot,
      // Default sizes are in page columns; a container's grid is finer.
      defaults: { ...added.defaults, w: columnsInParent(doc, drop.parentId, added.defaults.w) },
    }),
  );
  store.selectWidgets([id]);
  store.setPlacingWidget(null);
  return true;
}
