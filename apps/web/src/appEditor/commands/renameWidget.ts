import type { PageDoc } from "@tessera/model";
import { nameProblem } from "./nameProblem";
import { renameReferences } from "./renameReferences";

/**
 * Renames a widget and the references to it. A name that is invalid or already used by any entity of the page is
 * refused: the doc comes back unchanged (check `nameProblem` first to tell the author why).
 */
export function renameWidget(doc: PageDoc, args: { id: string; name: string }): PageDoc {
  const widget = doc.widgets.find((w) => w.id === args.id);
  if (!widget || widget.name === args.name || nameProblem(doc, args.name, widget.name)) return doc;
  const renamed = {
    ...doc,
    widgets: doc.widgets.map((w) => (w.id === args.id ? { ...w, name: args.name } : w)),
  };
  // Bindings and code that named the entity follow the rename.
  return renameReferences(renamed, widget.name, args.name);
}
