import type { ComponentType } from "react";
import type { AnyWidgetDefinition, WidgetRendererProps } from "./WidgetDefinition";

/**
 * A widget type as its folder's index exports it: the definition (plain data, always loaded)
 * and its renderer, loaded on demand so a page pays only for the widget types it shows.
 */
export interface WidgetModule {
  definition: AnyWidgetDefinition;
  loadRenderer: () => Promise<ComponentType<WidgetRendererProps>>;
}

/**
 * Pairs a definition with its renderer's loader; the renderer's props are checked against
 * the definition.
 * @example export const textWidget = widgetModule(textDefinition, () => import("./TextWidget").then((m) => m.TextWidget));
 */
export function widgetModule<D extends AnyWidgetDefinition>(
  definition: D,
  loadRenderer: () => Promise<ComponentType<WidgetRendererProps<D>>>,
): WidgetModule {
  // Lists hold every type at once; the host hands each renderer the props of its own definition.
  return { definition, loadRenderer: loadRenderer as WidgetModule["loadRenderer"] };
}
