import type { PageDoc } from "@tessera/model";
import { type PinnedUse, pinnedUses } from "./pinnedUses";
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
  like: Pick<PinnedUse, "name" | "packageId" | "moduleName">,
  version: number,
): PageDoc {
  const widgetIds = new Set(doc.widgets.map((w) => w.id));
  return pinnedUses(doc)
    .filter((m) => m.name === like.name && m.packageId === like.packageId && m.moduleName === like.moduleName)
    .filter((m) => m.version < version)
    .reduce(
      (next, m) =>
        widgetIds.has(m.id)
          ? upgradeUiModuleWidget(next, { id: m.id, version })
          : upgradeModuleInstance(next, { id: m.id, version }),
      doc,
    );
}
