import type { ModuleInstance, PageDoc } from "@tessera/model";

/**
 * Changes what a module instance sets: its input values, what runs on page load, and
 * "confirm before running" (renames go through `renameModuleInstance`, upgrades through
 * `upgradeModuleInstance`). An input set to empty text is left out: it takes the default.
 */
export function updateModuleInstance(
  doc: PageDoc,
  args: {
    id: string;
    changes: Partial<Pick<ModuleInstance, "inputs" | "runOnPageLoad" | "confirmBeforeRun">>;
  },
): PageDoc {
  if (!doc.moduleInstances.some((m) => m.id === args.id)) return doc;
  const changes = { ...args.changes };
  if (changes.inputs)
    changes.inputs = Object.fromEntries(Object.entries(changes.inputs).filter(([, v]) => v !== ""));
  return {
    ...doc,
    moduleInstances: doc.moduleInstances.map((m) => (m.id === args.id ? { ...m, ...changes } : m)),
  };
}
