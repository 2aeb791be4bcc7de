import { defaultPropsOf, getWidgetDefinition } from "@tessera/widgets";
import { useEditorStore } from "../../store/editorStore";
import { dropTargetAt } from "../canvas/dropTargetAt";
import { gridPoint } from "../canvas/gridPoint";
import { addWidget } from "../commands/addWidget";
import { columnsInParent } from "../commands/columnsInParent";
import { newEntityId } from "../newEntityId";

/**
 * Adds a widget of `type` with its top-left corner at a screen point of the canvas (inside
 * the Container or Form under it, if any) and selects it. Returns false when the point is off
 * the canvas.
 */
export function placeWidget(pageId: string, type: string, clientX: number, clientY: number): boolean {
  const definition = getWidgetDefinition(type);
  const target = dropTargetAt(clientX, clientY, new Set());
  if (!definition || !target) return false;
  const cell = gridPoint(target.box, clientX, clientY);
  const id = newEntityId();
  const store = useEditorStore.getState();
  store.editPage(pageId, (doc) =>
    addWidget(doc, {
      id,
      type,
      x: cell.x,
      y: cell.y,
      parentId: target.parentId,
      defaults: {
        // Default sizes are in page columns; a container's grid is finer.
        w: columnsInParent(doc, target.parentId, definition.defaultSize.w),
        h: definition.defaultSize.h,
        props: defaultPropsOf(definition),
        version: definition.version,
      },
    }),
  );
  store.selectWidgets([id]);
  store.setPlacingWidgetType(null);
  return true;
}
