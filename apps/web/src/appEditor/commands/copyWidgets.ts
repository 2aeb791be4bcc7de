import type { PageDoc, Widget } from "@tessera/model";
import type { Shortcut } from "./shortcut";
import { withDescendants } from "./widgetTree";

/**
 * The clipboard content for a selection: the selected widgets with their descendants, as
 * plain copies. A child whose ancestor is also selected is copied once, with that ancestor.
 */
export function copyWidgets(doc: PageDoc, args: { ids: readonly string[] }): Widget[] {
  const ids = withDescendants(doc.widgets, args.ids);
  return structuredClone(doc.widgets.filter((w) => ids.has(w.id)));
}

export const copyWidgetsShortcut: Shortcut = { keys: ["c"], mod: true, label: "Ctrl+C" };
