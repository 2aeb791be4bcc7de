import { type ModulePin, modulePinsOf, type PageDoc } from "@tessera/model";
import { upgradeModuleInstance } from "./upgradeModuleInstance";
import { upgradeUiModuleWidget } from "./upgradeUiModuleWidget";

/**
 * Re-pins, on one page, the instances that are "the same instance" as `like` (same name, of
 * the same module of the same package), module instances and UI module widgets alike, to
 * `version`. Upgrading from the notice applies this to every page of the app, so one name
 * never means two versions across pages.
 */
export function upgradeInstanceOnPage(
  doc: PageDoc,
  like: Pick<ModulePin, "name" | "packageId" | "moduleName">,
  version: number,
): PageDoc {
  return modulePinsOf(doc)
    .filter((m) => m.name === like.name && m.packageId === like.packageId && m.moduleName === like.moduleName)
    .filter((m) => m.version < version)
    .reduce((next, m) => {
      const entities = m.entity === "widget" ? next.widgets : next.moduleInstances;
      const id = entities.find((e) => e.name === m.name)?.id;
      if (!id) return next;
      return m.entity === "widget"
        ? upgradeUiModuleWidget(next, { id, version })
        : upgradeModuleInstance(next, { id, version });
    }, doc);
}
