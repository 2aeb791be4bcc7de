import type { WidgetDefinition } from "./WidgetDefinition";

/** The props a freshly dropped widget gets: each prop's default, events empty. */
export function defaultPropsOf(definition: WidgetDefinition): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(definition.props)) props[key] = structuredClone(spec.default);
  for (const event of definition.events) props[event] = "";
  return props;
}

/** Meta values of a widget when it mounts or is reset, from its evaluated props. */
export function initialMetaOf(
  definition: WidgetDefinition,
  props: Record<string, unknown>,
): Record<string, unknown> {
  const meta: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(definition.meta)) meta[key] = structuredClone(spec.default);
  for (const [key, prop] of Object.entries(definition.metaFromProps ?? {})) {
    if (props[prop] !== undefined) meta[key] = props[prop];
  }
  return { ...meta, ...definition.deriveMeta?.(props, meta) };
}
