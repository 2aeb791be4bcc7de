import type { PageDoc } from "@tessera/model";
import { nameProblem } from "./nameProblem";
import { renameReferences } from "./renameReferences";

/** Renames a module instance; an invalid or duplicate name leaves the doc unchanged. */
export function renameModuleInstance(doc: PageDoc, args: { id: string; name: string }): PageDoc {
  const instance = doc.moduleInstances.find((m) => m.id === args.id);
  if (!instance || instance.name === args.name || nameProblem(doc, args.name, instance.name)) return doc;
  const renamed = {
    ...doc,
    moduleInstances: doc.moduleInstances.map((m) => (m.id === args.id ? { ...m, name: args.name } : m)),
  };
  // Bindings and code that named the entity follow the rename.
  return renameReferences(renamed, instance.name, args.name);
}
