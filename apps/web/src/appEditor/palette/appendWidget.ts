import { defaultPropsOf, getWidgetDefinition } from "@tessera/widgets";
import { useEditorStore } from "../../store/editorStore";
import { addWidget } from "../commands/addWidget";
import { newEntityId } from "../newEntityId";

/** Adds a widget below the lowest one on the page: the keyboard path of the palette. */
export function appendWidget(pageId: string, type: string): void {
  const definition = getWidgetDefinition(type);
  const store = useEditorStore.getState();
  const doc = store.drafts.page[pageId]?.value.present;
  if (!definition || !doc) return;
  const bottom = doc.widgets
    .filter((w) => w.parentId === null)
    .reduce((max, w) => Math.max(max, w.layout.y + w.layout.h), 0);
  const id = newEntityId();
  store.editPage(pageId, (d) =>
    addWidget(d, {
      id,
      type,
      x: 0,
      y: bottom + 1,
      defaults: { ...definition.defaultSize, props: defaultPropsOf(definition), version: definition.version },
    }),
  );
  store.selectWidgets([id]);
}
