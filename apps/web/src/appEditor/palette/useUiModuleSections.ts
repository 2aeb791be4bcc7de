import { useQueries, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { pinnedPackageVersionQueryOptions } from "../../api/apps";
import { packagesQueryOptions } from "../../api/packages";
import { uiModuleItem } from "./paletteItem";
import type { PaletteSection } from "./WidgetPalette";

/**
 * One palette section per package of the workspace whose latest published version holds UI
 * modules ("Auth": LoginForm), each item pinned to that version.
 */
export function useUiModuleSections(workspaceId: string): PaletteSection[] {
  const packages = useQuery(packagesQueryOptions(workspaceId));
  const published = (packages.data ?? []).filter((p) => p.latestVersion);
  const versions = useQueries({
    queries: published.map((p) => pinnedPackageVersionQueryOptions(p.id, p.latestVersion as number)),
  });
  const versionKey = versions.map((v) => v.dataUpdatedAt).join(",");
  // biome-ignore lint/correctness/useExhaustiveDependencies: versionKey stands for the loaded versions
  return useMemo(
    () =>
      published.flatMap((pkg, i) => {
        const version = versions[i]?.data;
        if (!version) return [];
        const items = version.modules.flatMap((m) =>
          m.kind === "ui"
            ? [uiModuleItem({ packageId: pkg.id, moduleName: m.name, version: version.version }, m.widgets)]
            : [],
        );
        return items.length > 0 ? [{ title: pkg.name, items }] : [];
      }),
    [packages.data, versionKey],
  );
}
