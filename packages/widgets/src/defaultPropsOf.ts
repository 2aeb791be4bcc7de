import { coerceProp } from "@tessera/model";
import type { AnyWidgetDefinition } from "./WidgetDefinition";
import { widgetMetaOf, widgetPropsOf } from "./widgetPropsOf";

/** The props a freshly dropped widget gets: each prop's default, events empty. */
export function defaultPropsOf(definition: AnyWidgetDefinition): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(definition.props)) props[key] = structuredClone(spec.default);
  for (const event of definition.events) props[event] = "";
  return props;
}

/**
 * Meta values of a widget when it mounts or is reset, from its props (evaluated or static:
 * they are coerced to their types first).
 */
export function initialMetaOf(
  definition: AnyWidgetDefinition,
  props: Record<string, unknown>,
): Record<string, unknown> {
  const meta: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(definition.meta)) meta[key] = structuredClone(spec.default);
  for (const [key, prop] of Object.entries(definition.metaFromProps ?? {})) {
    const spec = definition.meta[key];
    if (props[prop] !== undefined && spec) meta[key] = coerceProp(spec.type, props[prop]).value;
  }
  const derived = definition.deriveMeta?.(widgetPropsOf(definition, props), widgetMetaOf(definition, meta));
  return { ...meta, ...derived };
}
