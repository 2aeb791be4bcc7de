import type { PageDoc } from "@tessera/model";

/** Deletes a JS object. */
export function deleteJsObject(doc: PageDoc, args: { id: string }): PageDoc {
  const jsObjects = doc.jsObjects.filter((j) => j.id !== args.id);
  return jsObjects.length === doc.jsObjects.length ? doc : { ...doc, jsObjects };
}
