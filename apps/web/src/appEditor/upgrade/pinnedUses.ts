import type { PageDoc } from "@tessera/model";

/** Something on a page pinned to a package version: a module instance or a UI module widget. */
export interface PinnedUse {
  id: string;
  name: string;
  packageId: string;
  moduleName: string;
  version: number;
}

/** The page's module instances and UI module widgets, as what an upgrade re-pins. */
export function pinnedUses(doc: PageDoc): PinnedUse[] {
  return [
    ...doc.moduleInstances.map(({ id, name, packageId, moduleName, version }) => ({
      id,
      name,
      packageId,
      moduleName,
      version,
    })),
    ...doc.widgets.flatMap((w) => (w.module ? [{ id: w.id, name: w.name, ...w.module }] : [])),
  ];
}
