import type { PageDoc } from "@tessera/model";

/**
 * Pins a UI module's instance (a `UiModule` widget) to another version of its package, as
 * `upgradeModuleInstance` does for module instances: its props and event handlers stay.
 */
export function upgradeUiModuleWidget(doc: PageDoc, args: { id: string; version: number }): PageDoc {
  const widget = doc.widgets.find((w) => w.id === args.id);
  const pin = widget?.module;
  if (!pin || pin.version === args.version || !Number.isInteger(args.version) || args.version < 1) return doc;
  return {
    ...doc,
    widgets: doc.widgets.map((w) =>
      w.id === args.id ? { ...w, module: { ...pin, version: args.version } } : w,
    ),
  };
}
