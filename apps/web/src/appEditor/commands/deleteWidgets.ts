import type { PageDoc } from "@tessera/model";
import type { Shortcut } from "./shortcut";
import { withDescendants } from "./widgetTree";

/** Deletes the widgets and everything nested inside them. */
export function deleteWidgets(doc: PageDoc, args: { ids: readonly string[] }): PageDoc {
  if (args.ids.length === 0) return doc;
  const doomed = withDescendants(doc.widgets, args.ids);
  const widgets = doc.widgets.filter((w) => !doomed.has(w.id));
  return widgets.length === doc.widgets.length ? doc : { ...doc, widgets };
}

export const deleteWidgetsShortcut: Shortcut = { keys: ["Delete", "Backspace"], label: "Delete" };
