import type { PageDoc } from "@tessera/model";
import { nameProblem } from "./nameProblem";

/**
 * Renames a widget. A name that is invalid or already used by any entity of the page is
 * refused: the doc comes back unchanged (check `nameProblem` first to tell the author why).
 */
export function renameWidget(doc: PageDoc, args: { id: string; name: string }): PageDoc {
  const widget = doc.widgets.find((w) => w.id === args.id);
  if (!widget || widget.name === args.name || nameProblem(doc, args.name, widget.name)) return doc;
  return { ...doc, widgets: doc.widgets.map((w) => (w.id === args.id ? { ...w, name: args.name } : w)) };
}
