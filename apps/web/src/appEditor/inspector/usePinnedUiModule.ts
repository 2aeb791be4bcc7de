import { useQuery } from "@tanstack/react-query";
import type { UiModule, Widget } from "@tessera/model";
import { pinnedPackageVersionQueryOptions } from "../../api/apps";

/** The UI module a `UiModule` widget is pinned to, from its immutable package version. */
export function usePinnedUiModule(widget: Widget): { module: UiModule | undefined; error: unknown } {
  const pin = widget.module;
  const version = useQuery({
    ...pinnedPackageVersionQueryOptions(pin?.packageId ?? "", pin?.version ?? 0),
    enabled: pin !== undefined,
  });
  const module = version.data?.modules.find(
    (m): m is UiModule => m.kind === "ui" && m.name === pin?.moduleName,
  );
  return { module, error: version.error };
}
