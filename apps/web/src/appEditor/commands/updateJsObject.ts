import type { JsObject, PageDoc } from "@tessera/model";

/** Changes a JS object's source or run-on-load functions (renames go through `renameJsObject`). */
export function updateJsObject(
  doc: PageDoc,
  args: { id: string; changes: Partial<Pick<JsObject, "source" | "runOnPageLoad">> },
): PageDoc {
  if (!doc.jsObjects.some((j) => j.id === args.id)) return doc;
  return { ...doc, jsObjects: doc.jsObjects.map((j) => (j.id === args.id ? { ...j, ...args.changes } : j)) };
}
