import { modulePinsOf, type PageDoc } from "@tessera/model";

/** A package version a page needs loaded to run. */
export type PackagePin = { packageId: string; version: number };

/**
 * The package versions the pages' module instances and UI module widgets are pinned to
 * (model's `modulePinsOf`), each once: what the editor loads to evaluate or preview them.
 */
export function packagePinsOf(docs: readonly Pick<PageDoc, "widgets" | "moduleInstances">[]): PackagePin[] {
  const seen = new Map<string, PackagePin>();
  for (const pin of docs.flatMap(modulePinsOf))
    seen.set(`${pin.packageId}@${pin.version}`, { packageId: pin.packageId, version: pin.version });
  return [...seen.values()];
}
