import type { PageDoc } from "@tessera/model";
import { renameEntity } from "./renameEntity";

/** Renames a JS object; an invalid or duplicate name leaves the doc unchanged. */
export function renameJsObject(doc: PageDoc, args: { id: string; name: string }): PageDoc {
  return renameEntity(doc, "jsObjects", args);
}
