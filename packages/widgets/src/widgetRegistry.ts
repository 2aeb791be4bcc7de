import type { ComponentType } from "react";
import type { AnyWidgetDefinition, WidgetRendererProps } from "./WidgetDefinition";
import type { WidgetModule } from "./WidgetModule";
import { widgetModules } from "./widgetModules";

const loaders = new Map(widgetModules.map((entry) => [entry.type, entry.load]));
const loaded = new Map<string, WidgetModule>(
  widgetModules.flatMap((entry) => (entry.module ? [[entry.type, entry.module] as const] : [])),
);
const loading = new Map<string, Promise<void>>();
let version = 0;

/** Every widget type this build knows, in palette order, loaded or not. */
export const widgetTypes: readonly string[] = widgetModules.map((entry) => entry.type);

/**
 * Loads the given widget types (all when omitted): their definitions and renderers. Resolves
 * when every one is in or failed (a failed one is tried again on the next call); types this
 * build does not know are skipped. Returns undefined when there is nothing to wait for, so a
 * caller can stay synchronous then.
 * @example await loadWidgets(page.widgets.map((widget) => widget.type));
 */
export function loadWidgets(types: Iterable<string> = widgetTypes): Promise<void> | undefined {
  const waits: Promise<void>[] = [];
  for (const type of new Set(types)) {
    const load = loaders.get(type);
    if (!load || loaded.has(type)) continue;
    let pending = loading.get(type);
    if (!pending) {
      pending = load().then(
        (module) => {
          addStyles(module.styles);
          loaded.set(type, module);
          version++;
        },
        () => {
          loading.delete(type);
        },
      );
      loading.set(type, pending);
    }
    waits.push(pending);
  }
  return waits.length > 0 ? Promise.all(waits).then(() => undefined) : undefined;
}

const added = new Set<string>();

/** Adds each sheet not added yet to the document (types share some: choices.css). */
function addStyles(sheets: readonly string[] | undefined): void {
  if (!sheets || typeof document === "undefined") return;
  for (const css of sheets) {
    if (added.has(css)) continue;
    added.add(css);
    const style = document.createElement("style");
    style.textContent = css;
    document.head.append(style);
  }
}

/** The definition of a loaded widget type; undefined for one not loaded or not known. */
export function getWidgetDefinition(type: string): AnyWidgetDefinition | undefined {
  return loaded.get(type)?.definition;
}

/** The renderer of a loaded widget type; undefined for one not loaded or not known. */
export function getWidgetRenderer(type: string): ComponentType<WidgetRendererProps> | undefined {
  return loaded.get(type)?.Renderer;
}

const prepared = new Set<string>();

/**
 * Runs the `prepare` of the given loaded widget types, each once per page load; returns
 * whether there was any to run.
 */
export function prepareWidgets(types: Iterable<string>): boolean {
  let ran = false;
  for (const type of new Set(types)) {
    const prepare = loaded.get(type)?.prepare;
    if (!prepare || prepared.has(type)) continue;
    prepared.add(type);
    prepare();
    ran = true;
  }
  return ran;
}

/** True for a type this build has, loaded or not: a missing definition then means "not loaded". */
export function isKnownWidgetType(type: string): boolean {
  return loaders.has(type);
}

/** The loaded widget definitions, in palette order. */
export function widgetDefinitions(): AnyWidgetDefinition[] {
  const definitions: AnyWidgetDefinition[] = [];
  for (const type of widgetTypes) {
    const definition = loaded.get(type)?.definition;
    if (definition) definitions.push(definition);
  }
  return definitions;
}

/** Changes whenever another widget type finished loading: a key for caches of the loaded set. */
export function loadedWidgetsVersion(): number {
  return version;
}
