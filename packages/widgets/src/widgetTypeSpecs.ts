import type { PropType } from "@tessera/model";
import type { AnyWidgetDefinition } from "./WidgetDefinition";
import { loadedWidgetsVersion, widgetDefinitions } from "./widgetRegistry";

/**
 * What the engine needs to know about a widget type, as plain data. Mirrors the engine's
 * `WidgetTypeSpec` structurally so the widget package does not depend on the engine.
 */
export interface WidgetTypeSpecData {
  props: Record<string, PropType>;
  meta: Record<string, unknown>;
  metaFromProps?: Record<string, string>;
  events: string[];
  repeat?: { items: string; pageNo?: string; pageSize?: string };
}

/** The engine's view of one widget definition. */
export function widgetTypeSpecOf(definition: AnyWidgetDefinition): WidgetTypeSpecData {
  const props: Record<string, PropType> = {};
  for (const [key, spec] of Object.entries(definition.props)) props[key] = spec.type;
  const meta: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(definition.meta)) meta[key] = spec.default;
  const spec: WidgetTypeSpecData = {
    props,
    meta,
    metaFromProps: definition.metaFromProps,
    events: [...definition.events],
  };
  if (definition.repeat) spec.repeat = { ...definition.repeat };
  return spec;
}

let specs: { version: number; byType: Record<string, WidgetTypeSpecData> } | undefined;

/** Every loaded widget type's spec by type name: the `widgetTypes` of an engine page. */
export function widgetTypeSpecs(): Record<string, WidgetTypeSpecData> {
  const version = loadedWidgetsVersion();
  if (specs?.version !== version) {
    const byType = Object.fromEntries(
      widgetDefinitions().map((definition) => [definition.type, widgetTypeSpecOf(definition)]),
    );
    specs = { version, byType };
  }
  return specs.byType;
}
