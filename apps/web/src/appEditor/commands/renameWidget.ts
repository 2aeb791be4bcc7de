import type { PageDoc } from "@tessera/model";
import { renameEntity } from "./renameEntity";

/**
 * Renames a widget and the references to it. A name that is invalid or already used by any entity of the page is
 * refused: the doc comes back unchanged (check `nameProblem` first to tell the author why).
 */
export function renameWidget(doc: PageDoc, args: { id: string; name: string }): PageDoc {
  return renameEntity(doc, "widgets", args);
}
