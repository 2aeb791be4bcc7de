import type { PageDoc } from "@tessera/model";

/** Deletes a module instance. */
export function deleteModuleInstance(doc: PageDoc, args: { id: string }): PageDoc {
  const moduleInstances = doc.moduleInstances.filter((m) => m.id !== args.id);
  return moduleInstances.length === doc.moduleInstances.length ? doc : { ...doc, moduleInstances };
}
