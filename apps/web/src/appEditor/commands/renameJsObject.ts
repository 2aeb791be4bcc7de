import type { PageDoc } from "@tessera/model";
import { nameProblem } from "./nameProblem";
import { renameReferences } from "./renameReferences";

/** Renames a JS object; an invalid or duplicate name leaves the doc unchanged. */
export function renameJsObject(doc: PageDoc, args: { id: string; name: string }): PageDoc {
  const jsObject = doc.jsObjects.find((j) => j.id === args.id);
  if (!jsObject || jsObject.name === args.name || nameProblem(doc, args.name, jsObject.name)) return doc;
  const renamed = {
    ...doc,
    jsObjects: doc.jsObjects.map((j) => (j.id === args.id ? { ...j, name: args.name } : j)),
  };
  // Bindings and code that named the entity follow the rename.
  return renameReferences(renamed, jsObject.name, args.name);
}
