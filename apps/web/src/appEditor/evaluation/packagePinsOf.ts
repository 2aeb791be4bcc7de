import type { PageDoc } from "@tessera/model";

/** A package version a page needs loaded to run. */
export type PackagePin = { packageId: string; version: number };

/**
 * The package versions the pages' module instances and UI module widgets are pinned to, each
 * once: what the editor loads to evaluate or preview them.
 */
export function packagePinsOf(docs: readonly Pick<PageDoc, "widgets" | "moduleInstances">[]): PackagePin[] {
  const seen = new Map<string, PackagePin>();
  const add = (pin: PackagePin) =>
    seen.set(`${pin.packageId}@${pin.version}`, { packageId: pin.packageId, version: pin.version });
  for (const doc of docs) {
    for (const instance of doc.moduleInstances) add(instance);
    for (const widget of doc.widgets) if (widget.module) add(widget.module);
  }
  return [...seen.values()];
}
