import type { PageDoc } from "@tessera/model";
import { renameEntity } from "./renameEntity";

/** Renames an app query; an invalid or duplicate name leaves the doc unchanged. */
export function renameAppQuery(doc: PageDoc, args: { id: string; name: string }): PageDoc {
  return renameEntity(doc, "queries", args);
}
