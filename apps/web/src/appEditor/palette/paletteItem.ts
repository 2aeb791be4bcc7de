import { type Layout, UI_MODULE_WIDGET_TYPE, type Widget } from "@tessera/model";
import { defaultPropsOf, getWidgetDefinition } from "@tessera/widgets";
import type { AddWidgetArgs } from "../commands/addWidget";

/**
 * What the palette places: a widget type, or a UI module of a package version (a `UiModule`
 * widget pinned to it, named after the module and sized to its widgets).
 */
export interface PaletteItem {
  /** Tells items apart: the widget type, or `UiModule:<package>:<module>@<version>`. */
  key: string;
  type: string;
  label: string;
  module?: NonNullable<Widget["module"]>;
  /** Size in page columns and rows, when not the definition's default. */
  size?: Pick<Layout, "w" | "h">;
}

/** The palette item of a widget type. */
export function widgetTypeItem(type: string, label: string): PaletteItem {
  return { key: type, type, label };
}

/** The palette item of a UI module, sized to the extent of its widgets. */
export function uiModuleItem(
  pin: NonNullable<Widget["module"]>,
  widgets: readonly Pick<Widget, "parentId" | "layout">[],
): PaletteItem {
  const roots = widgets.filter((w) => w.parentId === null);
  const w = Math.max(1, ...roots.map((r) => r.layout.x + r.layout.w));
  const h = Math.max(1, ...roots.map((r) => r.layout.y + r.layout.h));
  return {
    key: `${UI_MODULE_WIDGET_TYPE}:${pin.packageId}:${pin.moduleName}@${pin.version}`,
    type: UI_MODULE_WIDGET_TYPE,
    label: pin.moduleName,
    module: pin,
    size: roots.length > 0 ? { w, h } : undefined,
  };
}

/** The defaults `addWidget` gives the new widget of an item, or null for an unknown type. */
export function paletteItemDefaults(
  item: PaletteItem,
): Pick<AddWidgetArgs, "defaults" | "namePrefix" | "module"> | null {
  const definition = getWidgetDefinition(item.type);
  if (!definition) return null;
  return {
    defaults: {
      ...(item.size ?? definition.defaultSize),
      props: defaultPropsOf(definition),
      version: definition.version,
    },
    ...(item.module ? { namePrefix: item.module.moduleName, module: item.module } : {}),
  };
}
