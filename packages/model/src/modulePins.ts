import type { PageDoc } from "./page";
import { UI_MODULE_WIDGET_TYPE } from "./uiModuleWidgetType";

/**
 * One use of a published module on a page, pinned to a package version: a module instance
 * (`Login1`) or a UI module's widget (`LoginForm1`, whose string props are its prop values
 * and event handlers by name).
 */
export interface ModulePin {
  name: string;
  packageId: string;
  moduleName: string;
  version: number;
  /** The values the app sets, by input (or, for a UI module, prop and event) name. */
  inputs: Record<string, string>;
  entity: "moduleInstance" | "widget";
}

/**
 * Every pinned module use of a page: what where-used, the publish check, deploying and
 * upgrading walk, so a UI module's widget counts wherever an instance does.
 */
export function modulePinsOf(doc: Pick<PageDoc, "widgets" | "moduleInstances">): ModulePin[] {
  const pins: ModulePin[] = doc.moduleInstances.map((instance) => ({
    name: instance.name,
    packageId: instance.packageId,
    moduleName: instance.moduleName,
    version: instance.version,
    inputs: instance.inputs,
    entity: "moduleInstance",
  }));
  for (const widget of doc.widgets) {
    if (widget.type !== UI_MODULE_WIDGET_TYPE || !widget.module) continue;
    const inputs: Record<string, string> = {};
    for (const [name, value] of Object.entries(widget.props))
      if (typeof value === "string") inputs[name] = value;
    pins.push({ name: widget.name, ...widget.module, inputs, entity: "widget" });
  }
  return pins;
}
