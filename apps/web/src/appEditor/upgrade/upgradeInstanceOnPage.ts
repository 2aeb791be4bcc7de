import type { ModuleInstance, PageDoc } from "@tessera/model";
import { upgradeModuleInstance } from "./upgradeModuleInstance";

/**
 * Re-pins, on one page, the instances that are "the same instance" as `like` (same name, of
 * the same module of the same package) to `version`. Upgrading from the notice applies this
 * to every page of the app, so one name never means two versions across pages.
 */
export function upgradeInstanceOnPage(
  doc: PageDoc,
  like: Pick<ModuleInstance, "name" | "packageId" | "moduleName">,
  version: number,
): PageDoc {
  return doc.moduleInstances
    .filter((m) => m.name === like.name && m.packageId === like.packageId && m.moduleName === like.moduleName)
    .filter((m) => m.version < version)
    .reduce((next, m) => upgradeModuleInstance(next, { id: m.id, version }), doc);
}
