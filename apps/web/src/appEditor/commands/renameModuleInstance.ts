import type { PageDoc } from "@tessera/model";
import { renameEntity } from "./renameEntity";

/** Renames a module instance; an invalid or duplicate name leaves the doc unchanged. */
export function renameModuleInstance(doc: PageDoc, args: { id: string; name: string }): PageDoc {
  return renameEntity(doc, "moduleInstances", args);
}
