import type { JsObject, PageDoc } from "@tessera/model";
import { entityNames, nextEntityName } from "./entityNames";

/** The source a new JS object starts with. */
export const NEW_JS_OBJECT_SOURCE = `export default {
  myFun1() {
    return "Hello";
  },
};
`;

/** Adds a JS object named JSObject1, JSObject2, ... */
export function addJsObject(doc: PageDoc, args: { id: string; source?: string }): PageDoc {
  const jsObject: JsObject = {
    id: args.id,
    name: nextEntityName("JSObject", entityNames(doc)),
    source: args.source ?? NEW_JS_OBJECT_SOURCE,
    runOnPageLoad: [],
  };
  return { ...doc, jsObjects: [...doc.jsObjects, jsObject] };
}
