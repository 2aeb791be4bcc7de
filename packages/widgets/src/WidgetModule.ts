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
  /**
   * One-off work the renderer's first paint would otherwise do (the Table's first
   * Intl.NumberFormat: 15-35 ms in a fresh page), for a host to run at a quiet moment before it.
   */
  prepare?: () => void;
}

/** Any widget type's module, as the registry holds them. */
export interface WidgetModule {
  definition: AnyWidgetDefinition;
  Renderer: ComponentType<WidgetRendererProps>;
  prepare?: () => void;
}
