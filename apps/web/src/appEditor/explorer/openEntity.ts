import { useEditorStore } from "../../store/editorStore";
import type { EntityRef } from "../store/appEditorSlice";

/**
 * Opens a query, JS object or module instance in the inspector. The widget selection is
 * cleared first: the inspector shows a selected widget before a focused entity.
 */
export function openEntity(entity: EntityRef): void {
  const store = useEditorStore.getState();
  store.selectWidgets([]);
  store.focusEntity(entity);
}
