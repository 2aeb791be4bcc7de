import type { PageDoc } from "@tessera/model";
import { nameProblem } from "./nameProblem";

/** Renames a JS object; an invalid or duplicate name leaves the doc unchanged. */
export function renameJsObject(doc: PageDoc, args: { id: string; name: string }): PageDoc {
  const jsObject = doc.jsObjects.find((j) => j.id === args.id);
  if (!jsObject || jsObject.name === args.name || nameProblem(doc, args.name, jsObject.name)) return doc;
  return { ...doc, jsObjects: doc.jsObjects.map((j) => (j.id === args.id ? { ...j, name: args.name } : j)) };
}
