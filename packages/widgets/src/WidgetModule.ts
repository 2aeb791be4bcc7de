import type { ComponentType } from "react";
import type { AnyWidgetDefinition, WidgetRendererProps } from "./WidgetDefinition";

/**
 * A widget type as its folder's index exports it: the definition and its React renderer,
 * whose props are checked against that definition.
 * @example export const textWidget = { definition: textDefinition, Renderer: TextWidget } satisfies WidgetModuleOf<typeof textDefinition>;
 */
export interface WidgetModuleOf<D extends AnyWidgetDefinition> {
  definition: D;
  Renderer: ComponentType<WidgetRendererProps<D>>;
}

/** Any widget type's module, as the registry holds them. */
export interface WidgetModule {
  definition: AnyWidgetDefinition;
  Renderer: ComponentType<WidgetRendererProps>;
}
