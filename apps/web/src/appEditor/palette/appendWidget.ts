import { useEditorStore } from "../../store/editorStore";
import { addWidget } from "../commands/addWidget";
import type { DocTarget } from "../docTarget";
import { newEntityId } from "../newEntityId";
import { type PaletteItem, paletteItemDefaults } from "./paletteItem";

/** Adds the item's widget below the lowest one on the page: the keyboard path of the palette. */
export function appendWidget(target: DocTarget, item: PaletteItem): void {
  const added = paletteItemDefaults(item);
  const doc = target.read();
  if (!added || !doc) return;
  const bottom = doc.widgets
    .filter((w) => w.parentId === null)
    .reduce((max, w) => Math.max(max, w.layout.y + w.layout.h), 0);
  const id = newEntityId();
  target.edit((d) => addWidget(d, { ...added, id, type: item.type, x: 0, y: bottom + 1 }));
  useEditorStore.getState().selectWidgets([id]);
}
