import type { PageDoc } from "@tessera/model";

/**
 * Pins a module instance to another version of its package. Upgrades are explicit: the
 * deployed app keeps the version it was deployed with until the next deploy.
 */
export function upgradeModuleInstance(doc: PageDoc, args: { id: string; version: number }): PageDoc {
  const instance = doc.moduleInstances.find((m) => m.id === args.id);
  if (!instance || instance.version === args.version || !Number.isInteger(args.version) || args.version < 1)
    return doc;
  return {
    ...doc,
    moduleInstances: doc.moduleInstances.map((m) => (m.id === args.id ? { ...m, version: args.version } : m)),
  };
}
